// Reduce, scalar C++ baseline: one float32 add after another (strict FP, so
// the compiler may not reorder them into SIMD lanes).   reduce_scalar [log2_n]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

int main(int argc, char** argv) {
  long n = 1L << (argc > 1 ? std::atoi(argv[1]) : 24);
  std::vector<float> data(n);
  for (long i = 0; i < n; ++i) data[i] = static_cast<float>((i % 5) / 2 - 1);
  auto t0 = std::chrono::steady_clock::now();
  float s = 0.0f;
  for (long i = 0; i < n; ++i) s += data[i];
  auto t1 = std::chrono::steady_clock::now();
  std::printf("checksum: %lld\n", static_cast<long long>(s));
  std::printf("kernel_ms: %.6f\n", std::chrono::duration<double, std::milli>(t1 - t0).count());
}
