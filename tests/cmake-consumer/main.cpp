// Calls Mojo functions through the header mojoc generated for mathlib.mojo.
#include <cstdio>

#include "mathlib.hpp"

int main() {
  mojo::Int sum = mathlib::add(2, 40);
  std::printf("add(2, 40) = %lld\n", static_cast<long long>(sum.value));
  for (int n : {0, 1, 10, 50, 90}) {
    mojo::Int f = mathlib::fib(n);
    std::printf("fib(%d) = %lld\n", n, static_cast<long long>(f.value));
  }
  return 0;
}
