// Matmul with Eigen 3.4 (float, row-major maps over the same buffers); with
// -fopenmp Eigen's GEMM uses OpenMP threads.   matmul_eigen [n]
#include <Eigen/Dense>
#include <chrono>
#include <cstdlib>
#include <vector>

#include "matmul_inputs.hpp"

using Mat = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

int main(int argc, char** argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 512;
  std::vector<float> a(static_cast<size_t>(n) * n), b(a.size()), c(a.size());
  fill_inputs(a.data(), b.data(), n);
  Eigen::Map<Mat> A(a.data(), n, n), B(b.data(), n, n), C(c.data(), n, n);
  auto t0 = std::chrono::steady_clock::now();
  C.noalias() = A * B;
  auto t1 = std::chrono::steady_clock::now();
  print_checksum(c.data(), n);
  std::printf("kernel_ms: %.6f\n", std::chrono::duration<double, std::milli>(t1 - t0).count());
}
