// Reduce, the best hand-written C++ here: four AVX-512 accumulators (64
// floats per step, four independent add chains) and, with -fopenmp, an
// OpenMP reduction over contiguous blocks.   reduce_simd [log2_n]
#include <immintrin.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

static float block_sum(const float* p, long count) {
  __m512 acc0 = _mm512_setzero_ps(), acc1 = acc0, acc2 = acc0, acc3 = acc0;
  long i = 0;
  for (; i + 64 <= count; i += 64) {
    acc0 = _mm512_add_ps(acc0, _mm512_loadu_ps(p + i));
    acc1 = _mm512_add_ps(acc1, _mm512_loadu_ps(p + i + 16));
    acc2 = _mm512_add_ps(acc2, _mm512_loadu_ps(p + i + 32));
    acc3 = _mm512_add_ps(acc3, _mm512_loadu_ps(p + i + 48));
  }
  __m512 acc = _mm512_add_ps(_mm512_add_ps(acc0, acc1), _mm512_add_ps(acc2, acc3));
  alignas(64) float lanes[16];
  _mm512_store_ps(lanes, acc);
  float s = 0.0f;
  for (float x : lanes) s += x;
  for (; i < count; ++i) s += p[i];
  return s;
}

int main(int argc, char** argv) {
  long n = 1L << (argc > 1 ? std::atoi(argv[1]) : 24);
  std::vector<float> data(n);
  for (long i = 0; i < n; ++i) data[i] = static_cast<float>((i % 5) / 2 - 1);
  constexpr long kBlocks = 64;
  long per_block = (n + kBlocks - 1) / kBlocks;
  auto t0 = std::chrono::steady_clock::now();
  float s = 0.0f;
#pragma omp parallel for reduction(+ : s)
  for (long b = 0; b < kBlocks; ++b) {
    long start = b * per_block < n ? b * per_block : n;
    long stop = start + per_block < n ? start + per_block : n;
    s += block_sum(data.data() + start, stop - start);
  }
  auto t1 = std::chrono::steady_clock::now();
  std::printf("checksum: %lld\n", static_cast<long long>(s));
  std::printf("kernel_ms: %.6f\n", std::chrono::duration<double, std::milli>(t1 - t0).count());
}
