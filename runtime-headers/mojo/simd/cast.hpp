// mojo/simd/cast.hpp -- v.cast[DType.x]() (mojo::simd_cast<S2>) and
// bitcast[DType.x, width](v) (mojo::simd_bitcast<S2, N2>), for SIMD values and
// for plain scalars (width 1).
//
// Lane conversions (Mojo 1.2):
//   * int -> int: modular (UInt8(Int8(-1)) == 255, Int8(300) == 44);
//   * int -> float, float -> float: rounded to nearest (16777217 -> 16777216.0);
//   * float -> int: truncated toward zero (-3.9 -> -3); out of range and NaN
//     saturate to MIN/MAX and give 0 *(chosen; Mojo's lanes give x86 garbage:
//     float32 1e10 -> int32 MIN, NaN -> int32 MIN, -3.9 -> uint32 MAX; this
//     matches mojo::Integer's own float constructor)*;
//   * x -> bool: x != 0, ordered, so NaN -> False (unlike C);
//   * bool -> number: 1 / 0.
#pragma once

#include <cstdint>
#include <cstring>
#include <type_traits>

#include "mojo/builtin/integer.hpp"
#include "mojo/simd/simd.hpp"

namespace mojo {

namespace detail {

// One lane, S -> S2 (also the scalar form of simd_cast).
template <class S2, class S>
MOJO_HOST_DEVICE constexpr S2 cast_lane(S x) noexcept {
    if constexpr (std::is_same_v<S2, S>) {
        return x;
    } else if constexpr (std::is_same_v<S2, bool>) {
        if constexpr (std::is_floating_point_v<S>) return x < S(0) || x > S(0);
        else if constexpr (std::is_same_v<S, bool>) return x;
        else return x.value != 0;
    } else if constexpr (is_integer_v<S2>) {
        if constexpr (std::is_same_v<S, bool>) return S2(x);
        else return S2(x);  // Integer's constructors: modular from ints, saturating from floats
    } else {
        if constexpr (is_integer_v<S>) return static_cast<S2>(x.value);
        else return static_cast<S2>(x);
    }
}

// Whether every lane of a float chunk converts to the integer lane type T
// without leaving its range (then the plain vector conversion is exact).
template <class T, class X>
MOJO_SIMD_FN bool chunk_fits_int(X x) noexcept {
    using F = chunk_elem_t<X>;
    constexpr int bits = int(sizeof(T) * 8);
    // 2^(bits-1) and 2^bits are exact in float and double.
    constexpr F half = F(2) * F(std::uint64_t(1) << (bits - 2));
    if constexpr (std::is_signed_v<T>) return all_lanes_set(to_mask((x >= -half) & (x < half)));
    else return all_lanes_set(to_mask((x > F(-1)) & (x < half * F(2))));
}

// One block of lanes (a vector under g++/clang, a lane under nvcc), S -> S2.
template <class S2, class S, class X>
MOJO_SIMD_FN auto cast_block(X x) noexcept {
    if constexpr (std::is_arithmetic_v<X>) {  // one lane (nvcc)
        return lane_to_raw(cast_lane<S2>(lane_from_raw<S>(x)));
    } else {
#if MOJO_SIMD_VECTOR_EXT
        using L2 = simd_lane_t<S2>;
        constexpr int n = int(sizeof(X) / sizeof(x[0]));
        using R = vec_t<L2, n * int(sizeof(L2))>;
        if constexpr (std::is_same_v<S2, S>) {
            return x;
        } else if constexpr (std::is_same_v<S2, bool>) {
            return chunk_nonzero<S>(x);
        } else if constexpr (std::is_same_v<S, bool>) {
            return __builtin_convertvector((X)-x, R);  // 0 / -1 -> 0 / 1
        } else if constexpr (std::is_floating_point_v<S> && is_integer_v<S2>) {
            if (chunk_fits_int<L2>(x)) return __builtin_convertvector(x, R);
            return [&]<int... I>(std::integer_sequence<int, I...>) {
                return R{lane_to_raw(S2(x[I]))...};
            }(std::make_integer_sequence<int, n>{});
        } else {
            return __builtin_convertvector(x, R);
        }
#endif
    }
}

}  // namespace detail

// v.cast[DType.x]() with S2 the C++ lane type of DType.x.
template <class S2, class S, int N>
MOJO_SIMD_FN SIMD<S2, N> simd_cast(const SIMD<S, N>& v) noexcept {
    using L = detail::simd_lane_t<S>;
    using L2 = detail::simd_lane_t<S2>;
    if constexpr (std::is_same_v<S2, S>) {
        return v;
    } else {
        constexpr int B = detail::block_lanes<N, L, L2>();
        return SIMD<S2, N>(detail::from_blocks<L2, N, B>([&](auto j) {
            constexpr int J = decltype(j)::value;
            return detail::cast_block<S2, S>(detail::get_block<B, J>(v.s));
        }));
    }
}
template <class S2, class S, std::enable_if_t<!is_simd_v<S>, int> = 0>
MOJO_SIMD_FN S2 simd_cast(const S& x) noexcept {
    return detail::cast_lane<S2>(x);
}

// bitcast[DType.x, N2](v): the same bytes seen as N2 lanes of S2 (N2 == 1
// gives a scalar). Bool lanes have no bit layout in common with Mojo's (i1),
// so they are rejected.
template <class S2, int N2, class T>
MOJO_SIMD_FN simd_t<S2, N2> simd_bitcast(const T& v) noexcept {
    using S = typename simd_traits<T>::lane_type;
    using R = simd_t<S2, N2>;
    static_assert(!std::is_same_v<S, bool> && !std::is_same_v<S2, bool>, "bitcast of bool lanes is not supported");
    static_assert(sizeof(R) == sizeof(T), "bitcast: the total size must not change");
#if MOJO_SIMD_VECTOR_EXT
    return __builtin_bit_cast(R, v);
#else
    R r{};
    ::memcpy(static_cast<void*>(&r), static_cast<const void*>(&v), sizeof r);
    return r;
#endif
}

}  // namespace mojo
