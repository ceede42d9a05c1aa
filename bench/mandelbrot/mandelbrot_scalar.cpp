// Mandelbrot, scalar C++ baseline: the same loop as mandelbrot_scalar.mojo.
// Built with -O3 -march=native -ffp-contract=off, so it rounds like Python
// and prints the exact checksum.   mandelbrot_scalar [width height]
#include <chrono>
#include <cstdio>
#include <cstdlib>

constexpr int kMaxIters = 200;
constexpr double kXMin = -2.0, kXMax = 0.6, kYMin = -1.5, kYMax = 1.5;

static int escape_count(double cr, double ci) {
  double zr = 0.0, zi = 0.0;
  int n = 0;
  while (n < kMaxIters) {
    double zr2 = zr * zr, zi2 = zi * zi;
    if (zr2 + zi2 > 4.0) break;
    zi = 2.0 * zr * zi + ci;
    zr = zr2 - zi2 + cr;
    ++n;
  }
  return n;
}

int main(int argc, char** argv) {
  int width = argc > 2 ? std::atoi(argv[1]) : 960;
  int height = argc > 2 ? std::atoi(argv[2]) : 960;
  auto t0 = std::chrono::steady_clock::now();
  double dx = (kXMax - kXMin) / width, dy = (kYMax - kYMin) / height;
  long long total = 0;
  for (int row = 0; row < height; ++row) {
    double ci = kYMin + row * dy;
    for (int col = 0; col < width; ++col) total += escape_count(kXMin + col * dx, ci);
  }
  auto t1 = std::chrono::steady_clock::now();
  std::printf("checksum: %lld\n", total);
  std::printf("kernel_ms: %.6f\n", std::chrono::duration<double, std::milli>(t1 - t0).count());
}
