# __getitem__ / __setitem__ with two indices: m[r, c].
struct Mat2(Writable):
    var m00: Float64
    var m01: Float64
    var m10: Float64
    var m11: Float64

    def __init__(out self, d: Float64):
        self.m00 = d
        self.m01 = 0.0
        self.m10 = 0.0
        self.m11 = d

    def __getitem__(self, r: Int, c: Int) -> Float64:
        if r == 0 and c == 0:
            return self.m00
        elif r == 0:
            return self.m01
        elif c == 0:
            return self.m10
        return self.m11

    def __setitem__(mut self, r: Int, c: Int, v: Float64):
        if r == 0 and c == 0:
            self.m00 = v
        elif r == 0:
            self.m01 = v
        elif c == 0:
            self.m10 = v
        else:
            self.m11 = v

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.m00, " ", self.m01, " / ", self.m10, " ", self.m11)

def main():
    var m = Mat2(1.0)
    m[0, 1] = 2.5
    m[1, 0] = -1.0
    print(m)
    print(m[0, 0] + m[0, 1], m[1, 1])
    m[1, 1] *= 4.0
    print(m[1, 1])
# VERIFIED-WITH: mojo 1.2.0
