// mojo/benchmark/compiler.hpp -- benchmark.keep, black_box, clobber_memory:
// optimization barriers. Host and device (an empty asm statement).
#pragma once

#include "mojo/config.hpp"

namespace mojo::benchmark {

namespace detail {
// An empty asm statement that takes the address of p: the compiler must assume
// the object is read and may have been written.
template <class T>
MOJO_HOST_DEVICE inline void escape(const T* p) noexcept {
#if defined(__CUDA_ARCH__)
    asm volatile("" : : "l"(p) : "memory");  // PTX: a 64-bit register
#elif defined(__HIP_DEVICE_COMPILE__)
    const T* volatile sink = p;
    (void)sink;
#elif defined(__GNUC__) || defined(__clang__)
    asm volatile("" : : "r"(p) : "memory");
#else
    const T* volatile sink = p;
    (void)sink;
#endif
}
}  // namespace detail

// keep(x): the compiler must assume x is read (and the memory behind it may
// be), so the computation of x is not optimized away.
template <class T>
MOJO_HOST_DEVICE inline void keep(const T& x) noexcept {
    detail::escape(&x);
}

// black_box(x) -> x, opaque to the optimizer (it cannot see through the value).
template <class T>
MOJO_HOST_DEVICE inline T black_box(T x) noexcept {
    detail::escape(&x);
    return x;
}

// clobber_memory(): every value in memory may have been read or written.
MOJO_HOST_DEVICE inline void clobber_memory() noexcept {
#if defined(__GNUC__) || defined(__clang__)
    asm volatile("" : : : "memory");
#endif
}

}  // namespace mojo::benchmark
