#!/usr/bin/env bash
# Device check of mojo::SIMD (runtime-headers/mojo/simd/) on a real GPU.
# Run from the repository root on a machine with nvcc at /usr/local/cuda.
# Builds and runs:
#   1. a 1M-element saxpy kernel, one SIMD<float, 8> per thread (fused with
#      simd_fma and unfused a*x+y), plus Mojo's exp and sqrt on the lanes, and
#      lane-exact SIMD<Int32, 4> integer ops (wrapping *, shifts, //, %),
#      checked lane by lane against a host reference written with scalar code;
#   2. tests/nvcc/nvcc_simd.cu (kernel results == host results == expected).
# Prints PASS or FAIL (exit 0 / 1). Takes well under 2 minutes.
set -u
ROOT=$(pwd)
NVCC=/usr/local/cuda/bin/nvcc
if [ ! -x "$NVCC" ]; then echo "FAIL: no $NVCC"; exit 1; fi
if [ ! -d "$ROOT/runtime-headers/mojo/simd" ]; then echo "FAIL: run from the repository root"; exit 1; fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# -arch=native: the GPU of this machine. --fmad=false: no contraction of a*b+c
# in device code (the host side is built with -ffp-contract=off), so the
# unfused saxpy must match the host bit for bit.
FLAGS=(-std=c++20 -O2 -arch=native --fmad=false -Xcompiler -ffp-contract=off -I "$ROOT/runtime-headers")

cat > "$WORK/saxpy_simd.cu" <<'EOF'
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <vector>

#include "mojo/simd/all.hpp"

using mojo::Int32;
using F8 = mojo::SIMD<float, 8>;
using I4 = mojo::SIMD<Int32, 4>;

constexpr int kN = 1 << 20;          // floats
constexpr int kThreads = kN / 8;     // one SIMD<float, 8> per thread

__host__ __device__ inline I4 int_inputs_a(int t) {
    // Lanes (t*4 + k) * 2654435761, wrapping in 32 bits.
    return (mojo::simd_iota<Int32, 4>(Int32(t * 4))) * I4(Int32(int32_t(2654435761u)));
}
__host__ __device__ inline I4 int_inputs_b(int t) {
    return I4::from_lanes([&](int k) { return Int32(((t ^ k) & 0xFF) - 100); });
}

__host__ __device__ inline void thread_body(int t, const float* x, const float* y, float a, float* fused, float* plain,
                                            float* ex, float* sq, int32_t* iout) {
    const F8 xv = F8::load(x + 8 * t);
    const F8 yv = F8::load(y + 8 * t);
    mojo::simd_fma(F8(a), xv, yv).store(fused + 8 * t);
    (F8(a) * xv + yv).store(plain + 8 * t);
    mojo::math::exp(xv * F8(0.001f)).store(ex + 8 * t);
    mojo::math::sqrt(mojo::simd_abs(yv)).store(sq + 8 * t);
    const I4 ia = int_inputs_a(t);
    const I4 ib = int_inputs_b(t);
    const I4 r = (ia * ib) ^ (ia >> (ib & I4(31))) ^ mojo::floordiv(ia, ib) ^ mojo::mod(ia, ib);
    iout[t] = mojo::simd_reduce_add(r).value;
}

__global__ void kernel(const float* x, const float* y, float a, float* fused, float* plain, float* ex,
                       float* sq, int32_t* iout) {
    int t = blockIdx.x * blockDim.x + threadIdx.x;
    if (t < kThreads) thread_body(t, x, y, a, fused, plain, ex, sq, iout);
}

static bool same_bits(float p, float q) { return std::memcmp(&p, &q, 4) == 0; }

int main(int argc, char**) {
    // With an argument: run the thread bodies on the host instead of the GPU
    // (tests the reference code on a machine without a GPU).
    const bool host_sim = argc > 1;
    std::vector<float> x(kN), y(kN);
    for (int i = 0; i < kN; ++i) {
        x[i] = float(i % 1000) * 0.37f - 150.0f;
        y[i] = float((i * 7) % 1013) * -0.11f + 3.0f;
    }
    const float a = 2.5f;
    std::vector<float> f(kN), p(kN), e(kN), s(kN);
    std::vector<int32_t> iv(kThreads);
    if (host_sim) {
        for (int t = 0; t < kThreads; ++t) thread_body(t, x.data(), y.data(), a, f.data(), p.data(), e.data(), s.data(), iv.data());
    } else {
    float *dx, *dy, *df, *dp, *de, *ds;
    int32_t* di;
    if (cudaMalloc(&dx, kN * 4) != cudaSuccess) { std::printf("FAIL: no usable CUDA device\n"); return 1; }
    cudaMalloc(&dy, kN * 4); cudaMalloc(&df, kN * 4); cudaMalloc(&dp, kN * 4);
    cudaMalloc(&de, kN * 4); cudaMalloc(&ds, kN * 4); cudaMalloc(&di, kThreads * 4);
    cudaMemcpy(dx, x.data(), kN * 4, cudaMemcpyHostToDevice);
    cudaMemcpy(dy, y.data(), kN * 4, cudaMemcpyHostToDevice);
    kernel<<<(kThreads + 255) / 256, 256>>>(dx, dy, a, df, dp, de, ds, di);
    cudaError_t err = cudaDeviceSynchronize();
    if (err != cudaSuccess) { std::printf("FAIL: kernel: %s\n", cudaGetErrorString(err)); return 1; }
    cudaMemcpy(f.data(), df, kN * 4, cudaMemcpyDeviceToHost);
    cudaMemcpy(p.data(), dp, kN * 4, cudaMemcpyDeviceToHost);
    cudaMemcpy(e.data(), de, kN * 4, cudaMemcpyDeviceToHost);
    cudaMemcpy(s.data(), ds, kN * 4, cudaMemcpyDeviceToHost);
    cudaMemcpy(iv.data(), di, kThreads * 4, cudaMemcpyDeviceToHost);
    }

    // Host reference with scalar code only.
    long bad_f = 0, bad_p = 0, bad_e = 0, bad_s = 0, bad_i = 0;
    for (int i = 0; i < kN; ++i) {
        if (!same_bits(f[i], std::fma(a, x[i], y[i]))) ++bad_f;
        float prod = a * x[i];
        if (!same_bits(p[i], prod + y[i])) ++bad_p;
        if (!same_bits(e[i], mojo::math::exp(x[i] * 0.001f))) ++bad_e;
        if (!same_bits(s[i], std::sqrt(std::fabs(y[i])))) ++bad_s;
    }
    for (int t = 0; t < kThreads; ++t) {
        uint32_t sum = 0;
        for (int k = 0; k < 4; ++k) {
            Int32 ia = Int32(int32_t(uint32_t(t * 4 + k) * 2654435761u));
            Int32 ib = Int32(((t ^ k) & 0xFF) - 100);
            int cnt = int(ib.value & 31);
            Int32 sh = Int32(ia.value >> cnt);
            Int32 lane = (ia * ib) ^ sh ^ mojo::floordiv(ia, ib) ^ mojo::mod(ia, ib);
            sum += uint32_t(lane.value);
        }
        if (iv[t] != int32_t(sum)) {
            if (bad_i < 5) std::printf("int mismatch at %d: device %d host %d\n", t, iv[t], int32_t(sum));
            ++bad_i;
        }
    }
    std::printf("lanes checked: %d floats x 4 kinds, %d int vectors\n", kN, kThreads);
    std::printf("mismatches: fma %ld, a*x+y %ld, exp %ld, sqrt %ld, int %ld\n", bad_f, bad_p, bad_e, bad_s, bad_i);
    std::printf("sample: fused[12345]=%.9g exp[777]=%.9g int[4242]=%d\n", f[12345], e[777], iv[4242]);
    bool ok = bad_f + bad_p + bad_e + bad_s + bad_i == 0;
    std::printf("%s\n", ok ? "saxpy_simd: PASS" : "saxpy_simd: FAIL");
    return ok ? 0 : 1;
}
EOF

status=0
echo "== nvcc: $($NVCC --version | tail -1)"
nvidia-smi --query-gpu=name,compute_cap --format=csv,noheader 2>/dev/null || true

echo "== building saxpy_simd.cu"
if timeout 100 "$NVCC" "${FLAGS[@]}" "$WORK/saxpy_simd.cu" -o "$WORK/saxpy_simd"; then
    timeout 60 "$WORK/saxpy_simd" || status=1
else
    echo "saxpy_simd: build FAILED"; status=1
fi

echo "== building tests/nvcc/nvcc_simd.cu"
if timeout 100 "$NVCC" "${FLAGS[@]}" -Werror all-warnings "$ROOT/tests/nvcc/nvcc_simd.cu" -o "$WORK/nvcc_simd"; then
    out=$(timeout 60 "$WORK/nvcc_simd"); rc=$?
    echo "$out"
    if [ $rc -ne 0 ] || ! echo "$out" | grep -q "nvcc_simd: OK"; then status=1; fi
else
    echo "nvcc_simd: build FAILED"; status=1
fi

if [ $status -eq 0 ]; then echo "PASS"; else echo "FAIL"; fi
exit $status
