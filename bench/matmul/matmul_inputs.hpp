// The matmul inputs and checksum shared by the C++ baselines (same formulas
// as the Mojo and Python programs): A holds multiples of 1/8, B multiples of
// 1/4, so every product and partial sum is exact in float32 and every
// implementation prints the same integers.
#pragma once
#include <cstdio>

inline void fill_inputs(float* a, float* b, int n) {
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < n; ++j) {
      a[i * n + j] = static_cast<float>((i * 131 + j * 71) % 17 - 8) / 8.0f;
      b[i * n + j] = static_cast<float>((i * 37 + j * 113) % 13 - 6) / 4.0f;
    }
}

// sum(C) * 32 and sum(C^2) * 1024: integers, exact in double.
inline void print_checksum(const float* c, int n) {
  double s1 = 0.0, s2 = 0.0;
  for (long i = 0; i < static_cast<long>(n) * n; ++i) {
    double x = c[i];
    s1 += x;
    s2 += x * x;
  }
  std::printf("checksum: %lld %lld\n", static_cast<long long>(s1 * 32.0),
              static_cast<long long>(s2 * 1024.0));
}
