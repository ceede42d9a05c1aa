// mojo/simd/vmath.hpp -- the exact per-lane float operations (sqrt, fma,
// floor/ceil/trunc/round-half-even) on one chunk of a SIMD value. Internal.
//
// These are correctly rounded by IEEE 754, so one vector instruction gives the
// same bits as the scalar libm call on every lane. g++ 12 does not vectorize a
// lane loop of them over a vector (sqrt keeps its errno branch, rounding stays
// scalar), so x86 builds call the vector instructions through <immintrin.h>
// for 16/32/64-byte chunks when the target has them; everything else (other
// CPUs, nvcc, tiny chunks, constant evaluation) is a lane loop over the same
// std:: functions.
#pragma once

#include <cmath>
#include <type_traits>
#include <utility>

#include "mojo/simd/storage.hpp"

#if MOJO_SIMD_VECTOR_EXT && (defined(__x86_64__) || defined(__i386__)) && !defined(MOJO_DEVICE_PASS)
#include <immintrin.h>
#define MOJO_SIMD_X86 1
#else
#define MOJO_SIMD_X86 0
#endif

namespace mojo::detail {

// f applied to every lane of a chunk (a vector or a lane); constexpr.
template <class X, class F>
MOJO_SIMD_FN X chunk_lanes_map(X x, F f) noexcept {
    if constexpr (std::is_arithmetic_v<X>) {
        return f(x);
    } else {
        constexpr int n = int(sizeof(X) / sizeof(x[0]));
        return [&]<int... I>(std::integer_sequence<int, I...>) { return X{f(x[I])...}; }(std::make_integer_sequence<int, n>{});
    }
}
template <class X, class F>
MOJO_SIMD_FN X chunk_lanes_map3(X a, X b, X c, F f) noexcept {
    if constexpr (std::is_arithmetic_v<X>) {
        return f(a, b, c);
    } else {
        constexpr int n = int(sizeof(X) / sizeof(a[0]));
        return [&]<int... I>(std::integer_sequence<int, I...>) { return X{f(a[I], b[I], c[I])...}; }(std::make_integer_sequence<int, n>{});
    }
}

enum class simd_rounding { floor, ceil, trunc, even };

template <simd_rounding M, class F>
MOJO_HOST_DEVICE MOJO_ALWAYS_INLINE F scalar_round(F x) noexcept {
    if constexpr (M == simd_rounding::floor) return std::floor(x);
    else if constexpr (M == simd_rounding::ceil) return std::ceil(x);
    else if constexpr (M == simd_rounding::trunc) return std::trunc(x);
    else return std::nearbyint(x);  // the default rounding mode: half to even
}

#if MOJO_SIMD_X86
template <simd_rounding M>
inline constexpr int x86_round_imm = (M == simd_rounding::floor  ? _MM_FROUND_TO_NEG_INF
                                      : M == simd_rounding::ceil ? _MM_FROUND_TO_POS_INF
                                      : M == simd_rounding::trunc ? _MM_FROUND_TO_ZERO
                                                                  : _MM_FROUND_TO_NEAREST_INT) |
                                     _MM_FROUND_NO_EXC;
#endif

template <simd_rounding M, class X>
MOJO_SIMD_FN X chunk_round(X x) noexcept {
#if MOJO_SIMD_X86
    if (!std::is_constant_evaluated()) {
        using E = chunk_elem_t<X>;
        [[maybe_unused]] constexpr bool f32 = std::is_same_v<E, float>;
        [[maybe_unused]] constexpr int imm = x86_round_imm<M>;
#if defined(__AVX512F__)
        if constexpr (sizeof(X) == 64) {
            // The masked forms with the input as pass-through: the plain ones
            // make g++ 12 warn (-Wuninitialized) about _mm512_undefined_*.
            if constexpr (f32) return (X)_mm512_mask_roundscale_ps((__m512)x, (__mmask16)-1, (__m512)x, imm);
            else return (X)_mm512_mask_roundscale_pd((__m512d)x, (__mmask8)-1, (__m512d)x, imm);
        }
#endif
#if defined(__AVX__)
        if constexpr (sizeof(X) == 32) {
            if constexpr (f32) return (X)_mm256_round_ps((__m256)x, imm);
            else return (X)_mm256_round_pd((__m256d)x, imm);
        }
#endif
#if defined(__SSE4_1__)
        if constexpr (sizeof(X) == 16) {
            if constexpr (f32) return (X)_mm_round_ps((__m128)x, imm);
            else return (X)_mm_round_pd((__m128d)x, imm);
        }
#endif
    }
#endif
    return chunk_lanes_map(x, [](auto v) { return scalar_round<M>(v); });
}

template <class X>
MOJO_SIMD_FN X chunk_sqrt(X x) noexcept {
#if MOJO_SIMD_X86
    if (!std::is_constant_evaluated()) {
        using E = chunk_elem_t<X>;
        [[maybe_unused]] constexpr bool f32 = std::is_same_v<E, float>;
#if defined(__AVX512F__)
        if constexpr (sizeof(X) == 64) {
            // Masked forms: see chunk_round.
            if constexpr (f32) return (X)_mm512_mask_sqrt_ps((__m512)x, (__mmask16)-1, (__m512)x);
            else return (X)_mm512_mask_sqrt_pd((__m512d)x, (__mmask8)-1, (__m512d)x);
        }
#endif
#if defined(__AVX__)
        if constexpr (sizeof(X) == 32) {
            if constexpr (f32) return (X)_mm256_sqrt_ps((__m256)x);
            else return (X)_mm256_sqrt_pd((__m256d)x);
        }
#endif
        if constexpr (sizeof(X) == 16) {
            if constexpr (f32) return (X)_mm_sqrt_ps((__m128)x);
            else return (X)_mm_sqrt_pd((__m128d)x);
        }
    }
#endif
    return chunk_lanes_map(x, [](auto v) { return std::sqrt(v); });
}

// a * b + c with one rounding.
template <class X>
MOJO_SIMD_FN X chunk_fma(X a, X b, X c) noexcept {
#if MOJO_SIMD_X86
    if (!std::is_constant_evaluated()) {
        using E = chunk_elem_t<X>;
        [[maybe_unused]] constexpr bool f32 = std::is_same_v<E, float>;
#if defined(__AVX512F__)
        if constexpr (sizeof(X) == 64) {
            if constexpr (f32) return (X)_mm512_fmadd_ps((__m512)a, (__m512)b, (__m512)c);
            else return (X)_mm512_fmadd_pd((__m512d)a, (__m512d)b, (__m512d)c);
        }
#endif
#if defined(__FMA__)
        if constexpr (sizeof(X) == 32) {
            if constexpr (f32) return (X)_mm256_fmadd_ps((__m256)a, (__m256)b, (__m256)c);
            else return (X)_mm256_fmadd_pd((__m256d)a, (__m256d)b, (__m256d)c);
        }
        if constexpr (sizeof(X) == 16) {
            if constexpr (f32) return (X)_mm_fmadd_ps((__m128)a, (__m128)b, (__m128)c);
            else return (X)_mm_fmadd_pd((__m128d)a, (__m128d)b, (__m128d)c);
        }
#endif
    }
#endif
    return chunk_lanes_map3(a, b, c, [](auto x, auto y, auto z) { return std::fma(x, y, z); });
}

}  // namespace mojo::detail
