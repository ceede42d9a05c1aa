// mojo/algorithm/vectorize.hpp -- Mojo's vectorize: call a width-parametric
// closure over [0, size), `width` elements at a time, then the remainder.
//
// mojoc monomorphizes the closure: `def worker[width: Int](i: Int)` becomes one
// C++ callable per width the runtime calls, and these functions take them all.
// The call sequence is Mojo's, checked with Mojo 1.2 and 0.25.6 (the traces are
// in tests/pending/NOTES-algorithm-from-real-mojo.md):
//
//   vectorize[W, unroll_factor=U](size, closure)        (1.2; 0.25.6: vectorize[closure, W, unroll_factor=U](size))
//     closure[W](0), closure[W](W), ... for every full vector, in increasing
//     order (U only unrolls the loop: the sequence does not depend on it), then
//     closure[1](i) for each remaining i.            -> vectorize<W, U>(size, body_w, body_1)
//   vectorize[W, size=N, unroll_factor=U](closure)      (0.25.6: vectorize[closure, W, size=N]())
//     the same full vectors, then the N % W remainder as ONE call of width
//     N % W when that is a power of two (1 included), else N % W calls of
//     width 1.                                        -> vectorize_static<W, N, U>(body_w, body_tail)
//                                                        tail width: vectorize_tail_width(W, N)
//   vectorize[W, unroll_factor=U](size, closure) with closure[width](idx, evl)   (1.2 only)
//     closure[W](i, W) for every full vector, then one closure[W](simd_end,
//     size - simd_end) when a remainder is left: the width stays W and evl says
//     how many lanes are real.                        -> vectorize_evl<W, U>(size, body)
//
// A size <= 0 calls nothing.  The bodies take a mojo::Int offset.
#pragma once

#include "mojo/config.hpp"

#include <cstdint>
#include <utility>

#include "mojo/builtin/integer.hpp"

namespace mojo::detail {
// U calls of width W starting at `base` (Mojo unrolls with a comptime for).
template <int W, int U, class FW>
MOJO_HOST_DEVICE MOJO_ALWAYS_INLINE void vectorize_unrolled(std::int64_t base, FW& body_w) {
    [&]<int... K>(std::integer_sequence<int, K...>) {
        (body_w(Int(base + std::int64_t(K) * W)), ...);
    }(std::make_integer_sequence<int, U>{});
}
}  // namespace mojo::detail

namespace mojo::algorithm {

// vectorize[W, unroll_factor=U](size, closure): body_w(i) is closure[W](i),
// body_1(i) is closure[1](i).
template <int W, int U = 1, class FW, class F1>
MOJO_HOST_DEVICE inline void vectorize(Int size, FW&& body_w, F1&& body_1) {
    static_assert(W > 0, "vectorize: simd width must be > 0");
    static_assert(U > 0, "vectorize: unroll factor must be > 0");
    const std::int64_t n = size.value;
    if (n <= 0) return;
    constexpr std::int64_t UW = std::int64_t(W) * U;
    const std::int64_t simd_end = n / W * W;
    const std::int64_t unrolled_end = n / UW * UW;
    for (std::int64_t i = 0; i < unrolled_end; i += UW) mojo::detail::vectorize_unrolled<W, U>(i, body_w);
    if constexpr (U > 1)
        for (std::int64_t i = unrolled_end; i < simd_end; i += W) body_w(Int(i));
    for (std::int64_t i = simd_end; i < n; ++i) body_1(Int(i));
}

// The width of the remainder calls of vectorize[W, size=N]: N % W when it is a
// power of two, 1 when it is not (N % W calls), 0 when there is no remainder.
constexpr int vectorize_tail_width(int W, std::int64_t N) {
    const std::int64_t rem = N > 0 ? N % W : 0;
    if (rem == 0) return 0;
    return (rem & (rem - 1)) == 0 ? int(rem) : 1;
}

// vectorize[W, size=N, unroll_factor=U](closure): body_w(i) is closure[W](i),
// body_tail(i) is closure[vectorize_tail_width(W, N)](i).
template <int W, std::int64_t N, int U = 1, class FW, class FT>
MOJO_HOST_DEVICE inline void vectorize_static(FW&& body_w, FT&& body_tail) {
    static_assert(W > 0 && U > 0 && N >= 0, "vectorize: bad simd width, unroll factor or size");
    constexpr std::int64_t UW = std::int64_t(W) * U;
    constexpr std::int64_t simd_end = N / W * W;
    constexpr std::int64_t unrolled_end = N / UW * UW;
    for (std::int64_t i = 0; i < unrolled_end; i += UW) mojo::detail::vectorize_unrolled<W, U>(i, body_w);
    if constexpr (U > 1)
        for (std::int64_t i = unrolled_end; i < simd_end; i += W) body_w(Int(i));
    constexpr int tail = vectorize_tail_width(W, N);
    if constexpr (tail > 1) {
        body_tail(Int(simd_end));
    } else if constexpr (tail == 1) {
        for (std::int64_t i = simd_end; i < N; ++i) body_tail(Int(i));
    }
}
// No remainder (vectorize_tail_width(W, N) == 0): no tail closure is needed.
template <int W, std::int64_t N, int U = 1, class FW>
MOJO_HOST_DEVICE inline void vectorize_static(FW&& body_w) {
    static_assert(vectorize_tail_width(W, N) == 0, "vectorize_static: this size leaves a remainder; pass its closure");
    vectorize_static<W, N, U>(body_w, [](Int) {});
}

// vectorize[W, unroll_factor=U](size, closure) for closure[width](idx, evl):
// body(i, evl) is closure[W](i, evl).
template <int W, int U = 1, class F>
MOJO_HOST_DEVICE inline void vectorize_evl(Int size, F&& body) {
    static_assert(W > 0 && U > 0, "vectorize: bad simd width or unroll factor");
    const std::int64_t n = size.value;
    if (n <= 0) return;
    constexpr std::int64_t UW = std::int64_t(W) * U;
    const std::int64_t simd_end = n / W * W;
    const std::int64_t unrolled_end = n / UW * UW;
    auto full = [&](Int i) { body(i, Int(W)); };
    for (std::int64_t i = 0; i < unrolled_end; i += UW) mojo::detail::vectorize_unrolled<W, U>(i, full);
    if constexpr (U > 1)
        for (std::int64_t i = unrolled_end; i < simd_end; i += W) full(Int(i));
    if (n > simd_end) body(Int(simd_end), Int(n - simd_end));
}

// The same sequences for one generic callable `f.template operator()<width>(i)`
// (a C++20 template lambda `[&]<int width>(mojo::Int i) { ... }`), for callers
// that can express the closure as a template.
template <int W, int U = 1, class F>
MOJO_HOST_DEVICE inline void vectorize_generic(Int size, F&& f) {
    vectorize<W, U>(
        size, [&](Int i) { f.template operator()<W>(i); }, [&](Int i) { f.template operator()<1>(i); });
}
template <int W, std::int64_t N, int U = 1, class F>
MOJO_HOST_DEVICE inline void vectorize_static_generic(F&& f) {
    constexpr int tail = vectorize_tail_width(W, N);
    vectorize_static<W, N, U>([&](Int i) { f.template operator()<W>(i); },
                              [&](Int i) {
                                  if constexpr (tail > 0) f.template operator()<tail>(i);
                              });
}

}  // namespace mojo::algorithm
