def main():
    var n = 3
    comptime K = n
    print(K)
# ERROR: 3:18 E0701 cannot use a dynamic value in comptime initializer
# VERIFIED-WITH: mojo 1.2.0
