def main():
    var n = 3
    comptime K = n
    print(K)
# ERROR: 3:18 E0701 expression cannot be evaluated at compile time
# VERIFIED-WITH: mojo 1.2.0
