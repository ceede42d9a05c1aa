def main():
    comptime K = 3
    K += 1
    print(K)
# ERROR: 3:5 E0306 cannot assign to a compile-time constant
# VERIFIED-WITH: mojo 1.2.0
