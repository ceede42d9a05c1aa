// mojo/simd/arith.hpp -- the Mojo operators on SIMD values that have no C++
// operator: `//` (mojo::floordiv), `%` (mojo::mod), `/` (mojo::truediv, the
// same as operator/), `**` (mojo::pow). The same names as the scalar helpers
// in mojo/builtin/arith.hpp; these overloads take part only when an argument
// is a SIMD value, and a scalar or literal operand is splatted.
//
// Lane semantics:
//   * floats: a // b == floor(a / b) (7.5 // 0.0 == inf); a % b is
//     a - trunc(a / b) * b moved into the divisor's sign, x % 0.0 == nan --
//     Mojo's SIMD.__mod__, the same formula as the scalar mojo::mod (the
//     product unfused: see mul_no_fma.hpp);
//   * integers: floor division and divisor-signed remainder, x // 0 == 0,
//     x % 0 == 0, MIN // -1 == MIN, MIN % -1 == 0 *(chosen; at run time Mojo
//     1.2's lanes give x86 garbage there, e.g. int8 -128 // 0 == -1, x % 0 == x)*;
//   * v ** n (an integer exponent, scalar or per lane): repeated squaring with
//     the exponent cast to Int32 (Mojo's _powi); integer lanes wrap, and a
//     negative exponent gives 1 for base 1, +-1 for base -1, else 0;
//   * v ** w (float exponents): Mojo's own pow per lane (detail::mojo_pow), so
//     Float32 2 ** 0.5 == 1.4142135 and Float64 2 ** 0.5 == 1.4142135623734946.
#pragma once

#include <cstdint>
#include <type_traits>

#include "mojo/builtin/arith.hpp"
#include "mojo/detail/float_pow.hpp"
#include "mojo/detail/mul_no_fma.hpp"
#include "mojo/simd/common.hpp"
#include "mojo/simd/simd.hpp"
#include "mojo/simd/vmath.hpp"

namespace mojo {

namespace detail {

template <class S, int N>
MOJO_SIMD_FN SIMD<S, N> simd_floordiv(const SIMD<S, N>& a, const SIMD<S, N>& b) noexcept {
    using V = SIMD<S, N>;
    if constexpr (std::is_floating_point_v<S>) {
        return V::zip(a, b, [](auto x, auto y) { return chunk_round<simd_rounding::floor>(x / y); });
    } else {
        static_assert(is_integer_v<S>, "// needs numeric lanes");
        return V::from_lanes([&](int i) { return floordiv_int(a.get(i), b.get(i)); });
    }
}

template <class S, int N>
MOJO_SIMD_FN SIMD<S, N> simd_mod(const SIMD<S, N>& a, const SIMD<S, N>& b) noexcept {
    using V = SIMD<S, N>;
    if constexpr (std::is_floating_point_v<S>) {
#if MOJO_SIMD_VECTOR_EXT
        return V::zip(a, b, [](auto x, auto y) {
#if defined(__clang__)
#pragma clang fp contract(off)
#endif
            using X = decltype(x);
            const X q = chunk_round<simd_rounding::trunc>(x / y);
            const X m = x - q * y;
            // C's != is true for NaN, like the scalar helper; m + y is NaN then anyway.
            return blend(((y < X{}) ^ (x < X{})) & (m != X{}), (X)(m + y), m);
        });
#else
        return V::from_lanes([&](int i) { return mod_flt(a.get(i), b.get(i)); });
#endif
    } else {
        static_assert(is_integer_v<S>, "% needs numeric lanes");
        return V::from_lanes([&](int i) { return mod_int(a.get(i), b.get(i)); });
    }
}

// Mojo's _powi on one integer lane: the exponent is an Int32.
template <class S>
MOJO_HOST_DEVICE constexpr S powi_int(S base, std::int32_t e) noexcept {
    if (e < 0) {
        if (base == S(1)) return S(1);
        if (base == S(-1)) return ((-static_cast<std::int64_t>(e)) & 1) == 0 ? S(1) : S(-1);
        return S(0);
    }
    S res(1);
    while (e > 0) {
        if (e & 1) res = res * base;
        base = base * base;
        e >>= 1;
    }
    return res;
}

template <class S>
MOJO_HOST_DEVICE constexpr std::int32_t exponent_as_int32(S e) noexcept {
    if constexpr (is_integer_v<S>) return static_cast<std::int32_t>(e.value);  // modular, like cast[DType.int32]
    else return static_cast<std::int32_t>(e);
}

}  // namespace detail

template <class A, class B, std::enable_if_t<detail::any_simd_v<A, B>, int> = 0>
MOJO_SIMD_FN auto floordiv(const A& a, const B& b) noexcept {
    using T = detail::simd_common_t<A, B>;
    return detail::simd_floordiv(detail::simd_as<T>(a), detail::simd_as<T>(b));
}
template <class A, class B, std::enable_if_t<detail::any_simd_v<A, B>, int> = 0>
MOJO_SIMD_FN auto mod(const A& a, const B& b) noexcept {
    using T = detail::simd_common_t<A, B>;
    return detail::simd_mod(detail::simd_as<T>(a), detail::simd_as<T>(b));
}
template <class A, class B, std::enable_if_t<detail::any_simd_v<A, B>, int> = 0>
MOJO_SIMD_FN auto truediv(const A& a, const B& b) noexcept {
    using T = detail::simd_common_t<A, B>;
    return detail::simd_as<T>(a) / detail::simd_as<T>(b);
}

// v ** e. e: a SIMD of the same type (lane-wise exponents), an integer scalar
// (Int, Int32, a C++ int: the Int32-exponent path), or a float scalar of the
// lane type for float lanes.
template <class S, int N, class E>
MOJO_SIMD_FN SIMD<S, N> pow(const SIMD<S, N>& a, const E& e) noexcept {
    using V = SIMD<S, N>;
    if constexpr (std::is_same_v<E, V>) {
        if constexpr (std::is_floating_point_v<S>) {
            return V::from_lanes([&](int i) { return detail::mojo_pow(a.get(i), e.get(i)); });
        } else {
            return V::from_lanes([&](int i) { return detail::powi_int(a.get(i), detail::exponent_as_int32(e.get(i))); });
        }
    } else if constexpr (is_integer_v<E> || detail::is_raw_int_v<E>) {
        const std::int32_t n = detail::exponent_as_int32(e);
        if constexpr (std::is_floating_point_v<S>) return V::from_lanes([&](int i) { return detail::mojo_powi(a.get(i), n); });
        else return V::from_lanes([&](int i) { return detail::powi_int(a.get(i), n); });
    } else {
        static_assert(std::is_floating_point_v<S> && std::is_arithmetic_v<E>, "SIMD ** : unsupported exponent type");
        return pow(a, V(S(e)));
    }
}

// base ** v with a scalar (or literal) base: Mojo's __rpow__, the base splatted.
template <class A, class S, int N, std::enable_if_t<!is_simd_v<A>, int> = 0>
MOJO_SIMD_FN SIMD<S, N> pow(const A& base, const SIMD<S, N>& e) noexcept {
    return pow(SIMD<S, N>(base), e);
}

}  // namespace mojo
