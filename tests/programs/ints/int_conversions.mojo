# VERIFIED-WITH: mojo 1.2.0
def main() raises:
    var f = 3.7
    print(Int(f), Int(-f))
    var g = 2.5
    print(Int(g), Int(-g))
    var i = 42
    print(Float64(i), Float64(-i) / 4)
    print(Int(True), Int(False))
    var big = 1e18
    print(Int(big))
    print(Int("123") + 1)
