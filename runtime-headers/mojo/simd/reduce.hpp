// mojo/simd/reduce.hpp -- v.reduce_add/mul/max/min/and/or/xor() and
// v.reduce_bit_count(). A scalar argument is returned as it is.
//
// Mojo reduces as a tree: the vector is split into halves, the halves are
// combined lane-wise, and so on down to one lane (SIMD.reduce on x86, where
// reduce_max/min also go this way). For float lanes that order decides the
// rounding, so it is reproduced exactly: [0.1, 0.2, 0.3, 1e8, -1e8, 0.7, 3.0,
// 1e-3] (Float32) sums to 0.0 in Mojo 1.2, not to a sequential sum's value.
// Integer lanes wrap (UInt8 [200, 100, 1, 2] sums to 47). reduce_max/min use
// the lane max/min of compare.hpp (a NaN lane is skipped).
// reduce_bit_count returns an Int: the number of set bits in all lanes (for
// bool lanes, the number of True lanes).
// v.reduce_add[2]() (a partial reduction, stopping at 2 lanes) is
// simd_reduce_add<2>(v).
#pragma once

#include <cstdint>
#include <type_traits>

#include "mojo/builtin/int.hpp"
#include "mojo/simd/compare.hpp"
#include "mojo/simd/shuffle.hpp"
#include "mojo/simd/simd.hpp"

namespace mojo {

namespace detail {

template <int Out, class T, class Op>
MOJO_SIMD_FN auto simd_reduce_tree(const T& v, Op op) noexcept {
    constexpr int N = simd_traits<T>::width;
    static_assert(Out >= 1 && Out <= N && (Out & (Out - 1)) == 0, "reduce: size_out must be a power of two <= the width");
    if constexpr (N == Out) return v;
    else return simd_reduce_tree<Out>(op(simd_slice<N / 2, 0>(v), simd_slice<N / 2, N / 2>(v)), op);
}

// Set bits of a 64-bit word (the usual SWAR count; compilers emit popcnt).
MOJO_HOST_DEVICE constexpr int popcount64(std::uint64_t x) noexcept {
    x = x - ((x >> 1) & 0x5555555555555555ull);
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
    return int((x * 0x0101010101010101ull) >> 56);
}

}  // namespace detail

template <int Out = 1, class T>
MOJO_SIMD_FN auto simd_reduce_add(const T& v) noexcept {
    static_assert(!std::is_same_v<typename simd_traits<T>::lane_type, bool>, "reduce_add needs numeric lanes");
    return detail::simd_reduce_tree<Out>(v, [](const auto& a, const auto& b) { return a + b; });
}
template <int Out = 1, class T>
MOJO_SIMD_FN auto simd_reduce_mul(const T& v) noexcept {
    static_assert(!std::is_same_v<typename simd_traits<T>::lane_type, bool>, "reduce_mul needs numeric lanes");
    return detail::simd_reduce_tree<Out>(v, [](const auto& a, const auto& b) { return a * b; });
}
template <int Out = 1, class T>
MOJO_SIMD_FN auto simd_reduce_max(const T& v) noexcept {
    return detail::simd_reduce_tree<Out>(v, [](const auto& a, const auto& b) { return simd_max(a, b); });
}
template <int Out = 1, class T>
MOJO_SIMD_FN auto simd_reduce_min(const T& v) noexcept {
    return detail::simd_reduce_tree<Out>(v, [](const auto& a, const auto& b) { return simd_min(a, b); });
}
// Bitwise; for bool lanes reduce_and is all(v), reduce_or is any(v).
template <int Out = 1, class T>
MOJO_SIMD_FN auto simd_reduce_and(const T& v) noexcept {
    return detail::simd_reduce_tree<Out>(v, [](const auto& a, const auto& b) { return std::remove_cvref_t<decltype(a)>(a & b); });
}
template <int Out = 1, class T>
MOJO_SIMD_FN auto simd_reduce_or(const T& v) noexcept {
    return detail::simd_reduce_tree<Out>(v, [](const auto& a, const auto& b) { return std::remove_cvref_t<decltype(a)>(a | b); });
}
template <int Out = 1, class T>
MOJO_SIMD_FN auto simd_reduce_xor(const T& v) noexcept {
    return detail::simd_reduce_tree<Out>(v, [](const auto& a, const auto& b) { return std::remove_cvref_t<decltype(a)>(a ^ b); });
}

template <class T>
MOJO_SIMD_FN Int simd_reduce_bit_count(const T& v) noexcept {
    using S = typename simd_traits<T>::lane_type;
    constexpr int N = simd_traits<T>::width;
    static_assert(!std::is_floating_point_v<S>, "reduce_bit_count needs integer or bool lanes");
    std::int64_t n = 0;
    for (int i = 0; i < N; ++i) {
        const auto raw = detail::raw_lane_of(v, i);
        if constexpr (std::is_same_v<S, bool>) {
            n += raw != 0;
        } else {
            using U = std::make_unsigned_t<decltype(raw)>;
            n += detail::popcount64(static_cast<U>(raw));
        }
    }
    return Int(n);
}

}  // namespace mojo
