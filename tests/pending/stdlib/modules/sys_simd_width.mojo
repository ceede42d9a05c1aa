# sys.info.simd_width_of[dtype]() is a machine-dependent power of two; only relations are checked.
# VERIFIED-WITH: mojo 1.2.0
from std.sys.info import simd_width_of

def main():
    comptime w64 = simd_width_of[DType.float64]()
    comptime w32 = simd_width_of[DType.float32]()
    print(w64 >= 1, w32 >= w64, w32 == 2 * w64)
    print((w64 & (w64 - 1)) == 0)
