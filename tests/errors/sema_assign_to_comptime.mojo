comptime N = 10

def main():
    N = 11
    print(N)
# ERROR: 4:5 E0306 cannot assign to a compile-time constant
# VERIFIED-WITH: mojo 1.2.0
