# VERIFIED-WITH: mojo 1.2.0
def main():
    var i = -5
    var f = 2.25
    var b = False
    var s = "str"
    var u: UInt8 = 200
    var f32: Float32 = 0.5
    print(i, f, b, s, u, f32)
    print("int:", i, "float:", f)
    print(True, False, 0, -0.0)
