# A struct parameterized on a DType stores SIMD fields of that dtype and works for several dtypes.
# VERIFIED-WITH: mojo 1.2.0
@fieldwise_init
struct Pair[dt: DType](Copyable, Writable):
    var lo: SIMD[Self.dt, 4]
    var hi: SIMD[Self.dt, 4]

    def total(self) -> Scalar[Self.dt]:
        return (self.lo + self.hi).reduce_add()

    def swapped(self) -> Self:
        return Self(self.hi, self.lo)

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Pair(", self.lo, ", ", self.hi, ")")


def main():
    var p = Pair[DType.int32](SIMD[DType.int32, 4](1), SIMD[DType.int32, 4](1, 2, 3, 4))
    print(p)
    print(p.total(), p.swapped())
    var q = Pair[DType.float64](SIMD[DType.float64, 4](0.5), SIMD[DType.float64, 4](-1))
    print(q.total(), q.dt)
    var r = Pair[DType.uint8](SIMD[DType.uint8, 4](200), SIMD[DType.uint8, 4](100))
    print(r.total())
