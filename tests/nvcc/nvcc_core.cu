// Compile (and, where a GPU exists, run) check of the core runtime headers under
// nvcc: the same helpers run in a kernel and on the host and must agree, and
// must give the values checked against Mojo 1.2 (see tests/unit/test_runtime.cpp).
//
//   nvcc -std=c++20 -arch=sm_80 -I runtime-headers -c tests/nvcc/nvcc_core.cu -o /tmp/x.o
//   nvcc /tmp/x.o -o /tmp/nvcc_core && /tmp/nvcc_core   # exit 0: OK or no GPU (skips)
#include "mojo/core.hpp"

using mojo::Float64;
using mojo::Int;

constexpr int kInts = 12;
constexpr int kFloats = 6;

MOJO_HOST_DEVICE mojo::Raises<Int> checked_half(Int x) {
    if (mojo::mod(x, 2) != 0) return mojo::Error("odd");
    return mojo::floordiv(x, 2);
}

MOJO_HOST_DEVICE mojo::Raises<Int> sum_halves(Int a, Int b) {
    Int x = MOJO_TRY(checked_half(a));
    Int y = MOJO_TRY(checked_half(b));
    return x + y;
}

MOJO_HOST_DEVICE mojo::Raises<void> runtime_error(bool fail) {
    const char text[] = "runtime text";
    if (fail) return mojo::Error(text, 12);  // copied with malloc (device heap on the GPU)
    return {};
}

// Fills the results for one set of inputs; shared by the kernel and the host.
MOJO_HOST_DEVICE void compute(Int* ints, Float64* floats, Int seven, Float64 f) {
    ints[0] = mojo::floordiv(-seven, 2);                 // -4
    ints[1] = mojo::mod(-seven, 2);                      // 1
    ints[2] = mojo::truediv(-seven, 2);                  // -3
    ints[3] = mojo::pow(Int(2), seven * 9);              // 2**63 wraps
    ints[4] = mojo::cast<Int>(mojo::Int8(127) + mojo::cast<mojo::Int8>(seven - 6));  // -128
    ints[5] = mojo::floordiv(Int::min(), -(seven - 6));  // MIN
    ints[6] = Int(-8) >> (seven + 57);                   // -1 (our defined shift)
    Int acc = 0;
    for (Int k : mojo::range(seven + 3, Int(0), Int(-3))) acc = acc * 100 + k;  // 10 7 4 1
    ints[7] = acc;
    mojo::Error err;
    Int r = 0;
    {
        r = MOJO_TRY_OR_GOTO(sum_halves(seven + 1, seven - 1), err, except_1);  // 4 + 3
        goto end_1;
    }
except_1:
    r = -1;
end_1:
    ints[8] = r;
    {
        r = MOJO_TRY_OR_GOTO(sum_halves(seven, seven), err, except_2);
        goto end_2;
    }
except_2:
    r = err.message() == mojo::StringLiteral("odd") ? Int(-2) : Int(-3);
end_2:
    ints[9] = r;
    auto re = runtime_error(seven == 7);
    ints[10] = re.has_error() && re.error().message() == mojo::StringLiteral("runtime text") ? Int(1) : Int(0);
    ints[11] = mojo::cast<Int>(f * 1e300);  // saturates

    floats[0] = mojo::floordiv(-f, 2.0);  // -4.0 for f = 7.5
    floats[1] = mojo::mod(-f, 2.0);       // 0.5
    floats[2] = mojo::mod(5.5, -f / 7.5 * 0.7);  // -0.09999999999999942
    floats[3] = mojo::floordiv(f, 0.0);   // inf
    floats[4] = mojo::cast<Float64>(seven) / 2.0;
    floats[5] = mojo::mod(1.0, f / 75.0);  // 1.0 % 0.1 == 0.0
}

__global__ void kernel(Int* ints, Float64* floats, Int seven, Float64 f) {
    if (threadIdx.x == 0 && blockIdx.x == 0) compute(ints, floats, seven, f);
}

int main() {
    const Int expect_i[kInts] = {-4, 1, -3, Int::min(), -128, Int::min(), -1, 10070401, 7, -2, 1, Int::max()};
    Int host_i[kInts];
    Float64 host_f[kFloats];
    compute(host_i, host_f, Int(7), 7.5);
    int bad = 0;
    for (int k = 0; k < kInts; ++k)
        if (host_i[k] != expect_i[k]) {
            mojo::print("host int mismatch", k, host_i[k], expect_i[k]);
            ++bad;
        }
    mojo::print("host floats:", host_f[0], host_f[1], host_f[2], host_f[3], host_f[4], host_f[5]);

    Int* d_ints = nullptr;
    Float64* d_floats = nullptr;
    if (cudaMalloc(&d_ints, sizeof host_i) != cudaSuccess || cudaMalloc(&d_floats, sizeof host_f) != cudaSuccess) {
        mojo::print("no usable CUDA device; skipping the device run");
        return bad ? 1 : 0;
    }
    kernel<<<1, 32>>>(d_ints, d_floats, Int(7), 7.5);
    Int dev_i[kInts];
    Float64 dev_f[kFloats];
    cudaError_t e1 = cudaMemcpy(dev_i, d_ints, sizeof dev_i, cudaMemcpyDeviceToHost);
    cudaError_t e2 = cudaMemcpy(dev_f, d_floats, sizeof dev_f, cudaMemcpyDeviceToHost);
    if (e1 != cudaSuccess || e2 != cudaSuccess) {
        mojo::print("CUDA error:", cudaGetErrorString(e1 != cudaSuccess ? e1 : e2));
        return 1;
    }
    for (int k = 0; k < kInts; ++k)
        if (dev_i[k] != expect_i[k]) {
            mojo::print("device int mismatch", k, dev_i[k], expect_i[k]);
            ++bad;
        }
    for (int k = 0; k < kFloats; ++k)
        if (mojo::String(dev_f[k]) != mojo::String(host_f[k])) {
            mojo::print("device float mismatch", k, dev_f[k], host_f[k]);
            ++bad;
        }
    mojo::print("device floats:", dev_f[0], dev_f[1], dev_f[2], dev_f[3], dev_f[4], dev_f[5]);
    cudaFree(d_ints);
    cudaFree(d_floats);
    mojo::print(bad ? "nvcc_core: FAILED" : "nvcc_core: OK");
    return bad ? 1 : 0;
}
