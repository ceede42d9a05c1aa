// Compile (and, where a GPU exists, run) check of mojo::SIMD under nvcc: the
// lane-array backend (nvcc rejects vector-extension operations in device code)
// must give the same lanes in a kernel as on the host, and the values the
// vector-extension backend gives under g++ (tests/unit/test_simd.cpp checks
// those against Mojo 1.2).
//
//   nvcc -std=c++20 -arch=sm_80 -Werror all-warnings -I runtime-headers -c tests/nvcc/nvcc_simd.cu -o /tmp/x.o
//   nvcc /tmp/x.o -o /tmp/nvcc_simd && /tmp/nvcc_simd   # exit 0: OK or no GPU (skips)
#include "mojo/builtin/print.hpp"
#include "mojo/builtin/string.hpp"
#include "mojo/simd/all.hpp"

#include <utility>

using mojo::Int32;
using F8 = mojo::SIMD<float, 8>;
using I4 = mojo::SIMD<Int32, 4>;

constexpr int kFloats = 12;
constexpr int kInts = 36;

// One set of SIMD results from a runtime start value s (0.5 in the checks).
MOJO_HOST_DEVICE void compute(float* f, Int32* ints, float s) {
    const F8 x = mojo::simd_iota<float, 8>(s);           // [0.5, 1.5, ..., 7.5]
    const F8 y = mojo::simd_fma(x, x, F8(1.0f));          // x*x + 1
    const auto m = mojo::simd_gt(x, 3.0f);                 // lanes 3..7
    const F8 z = mojo::simd_select(m, y, -x);
    const F8 w = mojo::math::sqrt(mojo::simd_abs(z)) + mojo::math::floor(x);
    mojo::simd_rotate_left<3>(w).store(f);                 // f[0..7]
    f[8] = mojo::simd_reduce_add(w);                       // a tree sum
    f[9] = mojo::simd_reduce_max(y);
    f[10] = mojo::mod(x, 2.0f).get(7);                     // 1.5
    f[11] = mojo::math::exp(x).get(1);                     // Mojo's exp, not the device's expf

    const I4 a = I4::of(2147483647, -7, 100, -128);
    const I4 b = mojo::simd_cast<Int32>(mojo::simd_slice<4>(x) + 0.5f);  // [1, 2, 3, 4]
    (a + b).store(ints);                                   // wraps
    (a * b).store(ints + 4);
    mojo::floordiv(a, -b).store(ints + 8);
    mojo::mod(a, -b).store(ints + 12);
    (a << (b * 8)).store(ints + 16);                       // counts 8..32; 32 -> 0
    (a >> (b * 8)).store(ints + 20);                       // 32 -> the sign fill
    mojo::pow(a, 3).store(ints + 24);
    mojo::simd_shuffle<3, 2, 5, 4>(a, b).store(ints + 28);
    ints[32] = Int32(mojo::simd_reduce_bit_count(a).value);
    ints[33] = mojo::simd_reduce_add(mojo::simd_cast<Int32>(m));   // 5 True lanes
    ints[34] = mojo::simd_bitcast<Int32, 1>(f[10]);                // bits of 1.5f
    ints[35] = mojo::simd_reduce_min(a);
}

__global__ void kernel(float* f, Int32* ints, float s) {
    if (threadIdx.x == 0 && blockIdx.x == 0) compute(f, ints, s);
}

int main() {
    // g++'s vector-extension backend gives these (see the unit tests for Mojo's).
    const char* expect_f =
        "[6.6400547, 8.609772, 10.59017, 12.576473, 14.566373, 0.70710677, 2.2247448, 3.5811389] "
        "59.495834 57.25 1.5 4.481689";
    const char* expect_i =
        "[-2147483648, -5, 103, -124] [2147483647, -14, 300, -512] [-2147483647, 3, -34, 32] "
        "[0, -1, -2, 0] [-256, -458752, 1677721600, 0] [8388607, -1, 0, -1] "
        "[2147483647, -343, 1000000, -2097152] [-128, 100, 2, 1] 89 5 1069547520 -128";
    float hf[kFloats];
    Int32 hi[kInts];
    compute(hf, hi, 0.5f);
    auto text = [](const float* f, const Int32* i) {
        mojo::String sf = mojo::String(F8::load(f)) + " " + mojo::String(f[8]) + " " + mojo::String(f[9]) + " " +
                          mojo::String(f[10]) + " " + mojo::String(f[11]);
        mojo::String si;
        for (int k = 0; k < 32; k += 4) si = si + mojo::String(I4::load(i + k)) + " ";
        si = si + mojo::String(i[32]) + " " + mojo::String(i[33]) + " " + mojo::String(i[34]) + " " + mojo::String(i[35]);
        return std::pair<mojo::String, mojo::String>(sf, si);
    };
    auto host = text(hf, hi);
    int bad = 0;
    if (host.first != mojo::String(expect_f)) {
        mojo::print("host floats:", host.first, "\n expected:", expect_f);
        ++bad;
    }
    if (host.second != mojo::String(expect_i)) {
        mojo::print("host ints:", host.second, "\n expected:", expect_i);
        ++bad;
    }

    float* df = nullptr;
    Int32* di = nullptr;
    if (cudaMalloc(&df, sizeof hf) != cudaSuccess || cudaMalloc(&di, sizeof hi) != cudaSuccess) {
        mojo::print("no usable CUDA device; skipping the device run");
        mojo::print(bad ? "nvcc_simd: FAILED" : "nvcc_simd: host OK");
        return bad ? 1 : 0;
    }
    kernel<<<1, 32>>>(df, di, 0.5f);
    float gf[kFloats];
    Int32 gi[kInts];
    cudaError_t e1 = cudaMemcpy(gf, df, sizeof gf, cudaMemcpyDeviceToHost);
    cudaError_t e2 = cudaMemcpy(gi, di, sizeof gi, cudaMemcpyDeviceToHost);
    cudaFree(df);
    cudaFree(di);
    if (e1 != cudaSuccess || e2 != cudaSuccess) {
        mojo::print("CUDA error:", cudaGetErrorString(e1 != cudaSuccess ? e1 : e2));
        return 1;
    }
    auto dev = text(gf, gi);
    if (dev.first != host.first || dev.second != host.second) {
        mojo::print("device:", dev.first, dev.second);
        mojo::print("host:  ", host.first, host.second);
        ++bad;
    }
    mojo::print(bad ? "nvcc_simd: FAILED" : "nvcc_simd: OK");
    return bad ? 1 : 0;
}
