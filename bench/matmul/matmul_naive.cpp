// Matmul, the textbook i-j-k triple loop in C++ (scalar: the k loop walks B
// down a column). The scalar baseline.   matmul_naive [n]   (default 512)
#include <chrono>
#include <cstdlib>
#include <vector>

#include "matmul_inputs.hpp"

int main(int argc, char** argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 512;
  std::vector<float> a(static_cast<size_t>(n) * n), b(a.size()), c(a.size());
  fill_inputs(a.data(), b.data(), n);
  auto t0 = std::chrono::steady_clock::now();
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < n; ++j) {
      float acc = 0.0f;
      for (int k = 0; k < n; ++k) acc += a[i * n + k] * b[k * n + j];
      c[i * n + j] = acc;
    }
  auto t1 = std::chrono::steady_clock::now();
  print_checksum(c.data(), n);
  std::printf("kernel_ms: %.6f\n", std::chrono::duration<double, std::milli>(t1 - t0).count());
}
