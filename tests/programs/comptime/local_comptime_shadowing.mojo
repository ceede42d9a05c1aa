# VERIFIED-WITH: mojo 1.2.0
# A comptime name may be declared again in an inner block, and after the
# inner block ends, in the outer one.
def main():
    var c = True
    if c:
        comptime K = 1
        print(K)
    else:
        comptime K = 2
        print(K)
    comptime K = 3
    print(K)
    for i in range(2):
        comptime K = 10
        print(K + i)
