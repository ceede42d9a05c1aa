# VERIFIED-WITH: mojo 1.2.0
def main():
    var i = 7
    var f = Float64(i)
    print(f, f / 2)
    print(Int(f / 2), Int(-f / 2))
    var f32 = Float32(f) / 3
    print(f32)
    print(Float64(f32))
    print(Float64(Int8(-5)), Float32(UInt8(200)))
    var mixed = f * 2 + 1
    print(mixed)
