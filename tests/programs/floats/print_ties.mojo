# VERIFIED-WITH: mojo 1.2.0
# Mojo rounds an exact tie between two shortest candidates up, and prints a
# shorter string lying exactly on the rounding boundary (Python does neither).
def main():
    var a: Float64 = 1387856175366097.25
    var b: Float64 = 21625213659150332.0
    print(a, b, a * 4.0, Float64(2**60 + 2**8))
    var c: Float64 = 9007199254740993.0
    print(c, Float64(123456789012345678), 1e23, 5e-324)
