# Matmul C = A * B, float32, n x n, on every core, the way BLAS libraries do
# it: B is packed once into NR-column panels, each work item (MC rows of C)
# packs its rows of A into MR-row panels per KC-deep slice, and a micro-kernel
# keeps an MR x NR block of C in SIMD registers (8 x 32 floats = 16 AVX-512
# registers), doing one broadcast and two fused multiply-adds per row and k.
#   matmul_packed [n]   (default 512; n must be a multiple of MC = 64)
from std.algorithm import parallelize
from std.sys import argv, simd_width_of
from std.time import perf_counter_ns

comptime MR = 8  # rows of the register block
comptime NR = 2 * simd_width_of[DType.float32]()  # columns: two vectors
comptime KC = 256  # depth of one packed slice (a B panel slice fits in L1)
comptime MC = 64  # rows per work item (its packed A slice stays in L2)
comptime VecNR = SIMD[DType.float32, NR]


def fill_inputs(
    a: UnsafePointer[mut=True, Float32, _],
    b: UnsafePointer[mut=True, Float32, _],
    n: Int,
):
    # Multiples of 1/8 (A) and 1/4 (B) in [-1.5, 1.5]: every product and
    # partial sum is exact in float32, so all summation orders agree.
    for i in range(n):
        for j in range(n):
            a[i * n + j] = Float32((i * 131 + j * 71) % 17 - 8) / 8.0
            b[i * n + j] = Float32((i * 37 + j * 113) % 13 - 6) / 4.0


def print_checksum(c: UnsafePointer[Float32, _], n: Int):
    # sum(C) * 32 and sum(C^2) * 1024 are integers (exact in float64).
    var s1: Float64 = 0.0
    var s2: Float64 = 0.0
    for i in range(n * n):
        var x = Float64(c[i])
        s1 += x
        s2 += x * x
    print("checksum:", Int(s1 * 32.0), Int(s2 * 1024.0))


def pack_b(
    bp: UnsafePointer[mut=True, Float32, _],
    b: UnsafePointer[Float32, _],
    n: Int,
):
    # Panel jp of slice k0 holds B[k0 : k0+kc, jp*NR : jp*NR+NR] row after row,
    # at bp + k0*n + jp*kc*NR: the micro-kernel then reads it sequentially.
    def pack_panel(jp: Int) {imm}:
        for k0 in range(0, n, KC):
            var kc = min(KC, n - k0)
            var dst = bp + k0 * n + jp * kc * NR
            for kk in range(kc):
                dst.store(kk * NR, b.load[width=NR]((k0 + kk) * n + jp * NR))

    parallelize(pack_panel, n // NR)


def micro_kernel(
    c: UnsafePointer[mut=True, Float32, _],
    ap: UnsafePointer[Float32, _],
    bp: UnsafePointer[Float32, _],
    kc: Int,
    n: Int,
):
    # C[0:MR, 0:NR] += Apanel (MR x kc) * Bpanel (kc x NR); c points at C[0, 0].
    var c0 = VecNR(0)
    var c1 = VecNR(0)
    var c2 = VecNR(0)
    var c3 = VecNR(0)
    var c4 = VecNR(0)
    var c5 = VecNR(0)
    var c6 = VecNR(0)
    var c7 = VecNR(0)
    for kk in range(kc):
        var bv = bp.load[width=NR](kk * NR)
        var a = ap + kk * MR
        c0 = bv.fma(VecNR(a[0]), c0)
        c1 = bv.fma(VecNR(a[1]), c1)
        c2 = bv.fma(VecNR(a[2]), c2)
        c3 = bv.fma(VecNR(a[3]), c3)
        c4 = bv.fma(VecNR(a[4]), c4)
        c5 = bv.fma(VecNR(a[5]), c5)
        c6 = bv.fma(VecNR(a[6]), c6)
        c7 = bv.fma(VecNR(a[7]), c7)
    c.store(0 * n, c.load[width=NR](0 * n) + c0)
    c.store(1 * n, c.load[width=NR](1 * n) + c1)
    c.store(2 * n, c.load[width=NR](2 * n) + c2)
    c.store(3 * n, c.load[width=NR](3 * n) + c3)
    c.store(4 * n, c.load[width=NR](4 * n) + c4)
    c.store(5 * n, c.load[width=NR](5 * n) + c5)
    c.store(6 * n, c.load[width=NR](6 * n) + c6)
    c.store(7 * n, c.load[width=NR](7 * n) + c7)


def matmul(
    c: UnsafePointer[mut=True, Float32, _],
    a: UnsafePointer[Float32, _],
    b: UnsafePointer[Float32, _],
    n: Int,
):
    var bp = alloc[Float32](n * n)
    pack_b(bp, b, n)

    def row_block(block: Int) {imm}:
        var i0 = block * MC
        for i in range(i0, i0 + MC):
            for j in range(n):
                c[i * n + j] = 0.0
        var ap = alloc[Float32](MC * KC)
        for k0 in range(0, n, KC):
            var kc = min(KC, n - k0)
            # Micro-panel ir holds A[i0+ir*MR : +MR, k0 : k0+kc] column after column.
            for ir in range(MC // MR):
                for kk in range(kc):
                    for r in range(MR):
                        ap[(ir * kc + kk) * MR + r] = a[
                            (i0 + ir * MR + r) * n + k0 + kk
                        ]
            for jp in range(n // NR):
                for ir in range(MC // MR):
                    micro_kernel(
                        c + (i0 + ir * MR) * n + jp * NR,
                        ap + ir * kc * MR,
                        bp + k0 * n + jp * kc * NR,
                        kc,
                        n,
                    )
        ap.free()

    parallelize(row_block, n // MC)
    bp.free()


def main() raises:
    var n = 512
    var args = argv()
    if len(args) > 1:
        n = Int(args[1])
    if n % MC != 0:
        raise Error("matmul_packed: n must be a multiple of " + String(MC))
    var a = alloc[Float32](n * n)
    var b = alloc[Float32](n * n)
    var c = alloc[Float32](n * n)
    fill_inputs(a, b, n)
    var t0 = perf_counter_ns()
    matmul(c, a, b, n)
    var t1 = perf_counter_ns()
    print_checksum(c, n)
    print("kernel_ms:", Float64(t1 - t0) / 1e6)
    a.free()
    b.free()
    c.free()
