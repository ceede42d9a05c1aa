// Matmul, the best hand-written C++ here: B packed into 32-column panels, A
// packed per 64-row block into 8-row panels per 256-deep slice, and an 8 x 32
// AVX-512 micro-kernel (16 zmm accumulators, broadcast + 2 FMAs per row and
// k). With -fopenmp the 64-row blocks are shared out over the threads.
// The same blocking as matmul_packed.mojo.   matmul_packed [n]  (n % 64 == 0)
#include <immintrin.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <vector>

#include "matmul_inputs.hpp"

constexpr int MR = 8, NR = 32, KC = 256, MC = 64;

// C[0:8, 0:32] += Apanel (8 x kc, k-major) * Bpanel (kc x 32, k-major).
static inline void micro_kernel(float* c, const float* ap, const float* bp, int kc, int n) {
  __m512 acc[MR][2];
  for (int r = 0; r < MR; ++r) acc[r][0] = acc[r][1] = _mm512_setzero_ps();
  for (int k = 0; k < kc; ++k) {
    __m512 b0 = _mm512_loadu_ps(bp + k * NR), b1 = _mm512_loadu_ps(bp + k * NR + 16);
    for (int r = 0; r < MR; ++r) {
      __m512 av = _mm512_set1_ps(ap[k * MR + r]);
      acc[r][0] = _mm512_fmadd_ps(b0, av, acc[r][0]);
      acc[r][1] = _mm512_fmadd_ps(b1, av, acc[r][1]);
    }
  }
  for (int r = 0; r < MR; ++r) {
    float* row = c + static_cast<long>(r) * n;
    _mm512_storeu_ps(row, _mm512_add_ps(_mm512_loadu_ps(row), acc[r][0]));
    _mm512_storeu_ps(row + 16, _mm512_add_ps(_mm512_loadu_ps(row + 16), acc[r][1]));
  }
}

static void matmul(float* c, const float* a, const float* b, int n) {
  // Panel jp of slice k0 lives at bp + k0*n + jp*kc*NR, rows of 32 floats.
  std::vector<float> bp(static_cast<size_t>(n) * n);
#pragma omp parallel for
  for (int jp = 0; jp < n / NR; ++jp)
    for (int k0 = 0; k0 < n; k0 += KC) {
      int kc = std::min(KC, n - k0);
      float* dst = bp.data() + static_cast<long>(k0) * n + static_cast<long>(jp) * kc * NR;
      for (int kk = 0; kk < kc; ++kk)
        std::copy_n(b + static_cast<long>(k0 + kk) * n + jp * NR, NR, dst + kk * NR);
    }
#pragma omp parallel for schedule(dynamic)
  for (int block = 0; block < n / MC; ++block) {
    int i0 = block * MC;
    std::fill_n(c + static_cast<long>(i0) * n, static_cast<long>(MC) * n, 0.0f);
    alignas(64) static thread_local float ap[MC * KC];
    for (int k0 = 0; k0 < n; k0 += KC) {
      int kc = std::min(KC, n - k0);
      for (int ir = 0; ir < MC / MR; ++ir)
        for (int kk = 0; kk < kc; ++kk)
          for (int r = 0; r < MR; ++r)
            ap[(ir * kc + kk) * MR + r] = a[static_cast<long>(i0 + ir * MR + r) * n + k0 + kk];
      for (int jp = 0; jp < n / NR; ++jp)
        for (int ir = 0; ir < MC / MR; ++ir)
          micro_kernel(c + static_cast<long>(i0 + ir * MR) * n + jp * NR, ap + ir * kc * MR,
                       bp.data() + static_cast<long>(k0) * n + static_cast<long>(jp) * kc * NR, kc, n);
    }
  }
}

int main(int argc, char** argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 512;
  if (n % MC != 0) {
    std::fprintf(stderr, "matmul_packed: n must be a multiple of %d\n", MC);
    return 2;
  }
  std::vector<float> a(static_cast<size_t>(n) * n), b(a.size()), c(a.size());
  fill_inputs(a.data(), b.data(), n);
  auto t0 = std::chrono::steady_clock::now();
  matmul(c.data(), a.data(), b.data(), n);
  auto t1 = std::chrono::steady_clock::now();
  print_checksum(c.data(), n);
  std::printf("kernel_ms: %.6f\n", std::chrono::duration<double, std::milli>(t1 - t0).count());
}
