// mojo/simd/math.hpp -- the `math` module on SIMD values: every scalar
// function of mojo/math/*.hpp (namespace mojo::math) gets an overload taking
// SIMD<S, N>, applied lane by lane, plus mojo::simd_round (round(v), ties to
// even) and simd_fma (v.fma(b, c)).
//
// Results are bit-identical to the scalar functions, which reproduce Mojo 1.2
// (Mojo computes its SIMD math lane by lane with the same routines, e.g. sin on
// a Float32 SIMD calls sinf per lane). The correctly rounded operations (sqrt,
// rsqrt's sqrt, floor, ceil, trunc, round, fma, abs, isnan/isinf/isfinite)
// use vector instructions, which give the same bits; the rest is a
// lane loop over the scalar routine.
#pragma once

#include <cstdint>
#include <type_traits>

#include "mojo/math/cbrt.hpp"
#include "mojo/math/exp.hpp"
#include "mojo/math/fp.hpp"
#include "mojo/math/frexp.hpp"
#include "mojo/math/hyperbolic.hpp"
#include "mojo/math/hypot.hpp"
#include "mojo/math/integer.hpp"
#include "mojo/math/log.hpp"
#include "mojo/math/rounding.hpp"
#include "mojo/math/special.hpp"
#include "mojo/math/sqrt.hpp"
#include "mojo/math/trig.hpp"
#include "mojo/simd/common.hpp"
#include "mojo/simd/compare.hpp"
#include "mojo/simd/simd.hpp"
#include "mojo/simd/vmath.hpp"

namespace mojo {

// round(v): nearest, ties to even (Mojo 1.x's round), lane-wise; scalars too.
template <class T>
MOJO_SIMD_FN T simd_round(const T& v) noexcept {
    using S = typename simd_traits<T>::lane_type;
    if constexpr (!std::is_floating_point_v<S>) return v;
    else if constexpr (is_simd_v<T>) return T::map(v, [](auto x) { return detail::chunk_round<detail::simd_rounding::even>(x); });
    else return detail::scalar_round<detail::simd_rounding::even>(v);
}

// v.fma(b, c) == math.fma(v, b, c): v * b + c rounded once. Integer lanes wrap.
template <class A, class B, class C>
MOJO_SIMD_FN auto simd_fma(const A& a, const B& b, const C& c) noexcept {
    using T = detail::simd_common_t<A, detail::simd_common_t<B, C>>;
    using S = typename simd_traits<T>::lane_type;
    const T x = detail::simd_as<T>(a), y = detail::simd_as<T>(b), z = detail::simd_as<T>(c);
    if constexpr (!std::is_floating_point_v<S>) {
        return T(x * y + z);
    } else if constexpr (is_simd_v<T>) {
        T r(detail::simd_uninit_t{});
        for (int k = 0; k < T::chunks; ++k) r.s.c[k] = detail::chunk_fma(x.s.c[k], y.s.c[k], z.s.c[k]);
        return r;
    } else {
        return detail::chunk_fma(x, y, z);
    }
}

namespace math {

// ---- exact: vector instructions ------------------------------------------------
template <class S, int N>
MOJO_SIMD_FN SIMD<S, N> sqrt(const SIMD<S, N>& x) noexcept {
    if constexpr (std::is_floating_point_v<S>) return SIMD<S, N>::map(x, [](auto v) { return mojo::detail::chunk_sqrt(v); });
    else return SIMD<S, N>::from_lanes([&](int i) { return mojo::math::sqrt(x.get(i)); });
}
// 1 / sqrt(x), two roundings, as the scalar rsqrt.
template <class S, int N>
MOJO_SIMD_FN SIMD<S, N> rsqrt(const SIMD<S, N>& x) noexcept {
    static_assert(std::is_floating_point_v<S>, "rsqrt needs float lanes");
    return SIMD<S, N>(S(1)) / sqrt(x);
}
template <class S, int N>
MOJO_SIMD_FN SIMD<S, N> floor(const SIMD<S, N>& x) noexcept {
    if constexpr (std::is_floating_point_v<S>) return SIMD<S, N>::map(x, [](auto v) { return mojo::detail::chunk_round<mojo::detail::simd_rounding::floor>(v); });
    else return x;
}
template <class S, int N>
MOJO_SIMD_FN SIMD<S, N> ceil(const SIMD<S, N>& x) noexcept {
    if constexpr (std::is_floating_point_v<S>) return SIMD<S, N>::map(x, [](auto v) { return mojo::detail::chunk_round<mojo::detail::simd_rounding::ceil>(v); });
    else return x;
}
template <class S, int N>
MOJO_SIMD_FN SIMD<S, N> trunc(const SIMD<S, N>& x) noexcept {
    if constexpr (std::is_floating_point_v<S>) return SIMD<S, N>::map(x, [](auto v) { return mojo::detail::chunk_round<mojo::detail::simd_rounding::trunc>(v); });
    else return x;
}
template <class S, int N>
MOJO_SIMD_FN SIMD<S, N> fma(const SIMD<S, N>& a, const SIMD<S, N>& b, const SIMD<S, N>& c) noexcept {
    return simd_fma(a, b, c);
}
template <class S, int N>
MOJO_SIMD_FN SIMD<S, N> copysign(const SIMD<S, N>& m, const SIMD<S, N>& s) noexcept {
    static_assert(std::is_floating_point_v<S>, "copysign on SIMD needs float lanes");
    return SIMD<S, N>::from_lanes([&](int i) { return mojo::math::copysign(m.get(i), s.get(i)); });
}
template <class S, int N>
MOJO_SIMD_FN SIMD<bool, N> isnan(const SIMD<S, N>& x) noexcept {
    if constexpr (std::is_floating_point_v<S>) return ~simd_eq(x, x);  // only NaN is unequal to itself
    else return SIMD<bool, N>{};
}
template <class S, int N>
MOJO_SIMD_FN SIMD<bool, N> isinf(const SIMD<S, N>& x) noexcept {
    if constexpr (std::is_floating_point_v<S>) return simd_eq(mojo::simd_abs(x), SIMD<S, N>(S(HUGE_VAL)));
    else return SIMD<bool, N>{};
}
template <class S, int N>
MOJO_SIMD_FN SIMD<bool, N> isfinite(const SIMD<S, N>& x) noexcept {
    if constexpr (std::is_floating_point_v<S>) return simd_eq(x - x, SIMD<S, N>(S(0)));
    else return SIMD<bool, N>(true);
}
template <class S, int N>
MOJO_SIMD_FN SIMD<S, N> clamp(const SIMD<S, N>& x, const SIMD<S, N>& lo, const SIMD<S, N>& hi) noexcept {
    return simd_clamp(x, lo, hi);
}

// ---- lane by lane over the scalar routine ------------------------------------------
// One definition per name; the lane call resolves to the scalar overload.
#define MOJO_SIMD_MATH_UNARY_(name)                                                            \
    template <class S, int N>                                                                  \
    MOJO_HOST_DEVICE inline SIMD<S, N> name(const SIMD<S, N>& x) noexcept {                    \
        return SIMD<S, N>::from_lanes([&](int i) { return mojo::math::name(x.get(i)); });     \
    }
#define MOJO_SIMD_MATH_BINARY_(name)                                                                      \
    template <class S, int N>                                                                             \
    MOJO_HOST_DEVICE inline SIMD<S, N> name(const SIMD<S, N>& x, const SIMD<S, N>& y) noexcept {          \
        return SIMD<S, N>::from_lanes([&](int i) { return mojo::math::name(x.get(i), y.get(i)); });      \
    }

MOJO_SIMD_MATH_UNARY_(cbrt)
MOJO_SIMD_MATH_UNARY_(exp)
MOJO_SIMD_MATH_UNARY_(exp2)
MOJO_SIMD_MATH_UNARY_(expm1)
MOJO_SIMD_MATH_UNARY_(log)
MOJO_SIMD_MATH_UNARY_(log2)
MOJO_SIMD_MATH_UNARY_(log10)
MOJO_SIMD_MATH_UNARY_(log1p)
MOJO_SIMD_MATH_UNARY_(logb)
MOJO_SIMD_MATH_UNARY_(sin)
MOJO_SIMD_MATH_UNARY_(cos)
MOJO_SIMD_MATH_UNARY_(tan)
MOJO_SIMD_MATH_UNARY_(asin)
MOJO_SIMD_MATH_UNARY_(acos)
MOJO_SIMD_MATH_UNARY_(atan)
MOJO_SIMD_MATH_UNARY_(sinh)
MOJO_SIMD_MATH_UNARY_(cosh)
MOJO_SIMD_MATH_UNARY_(tanh)
MOJO_SIMD_MATH_UNARY_(asinh)
MOJO_SIMD_MATH_UNARY_(acosh)
MOJO_SIMD_MATH_UNARY_(atanh)
MOJO_SIMD_MATH_UNARY_(erf)
MOJO_SIMD_MATH_UNARY_(erfc)
MOJO_SIMD_MATH_UNARY_(lgamma)
MOJO_SIMD_MATH_UNARY_(gamma)
MOJO_SIMD_MATH_UNARY_(ulp)
MOJO_SIMD_MATH_UNARY_(frexp_mantissa)
MOJO_SIMD_MATH_UNARY_(frexp_exponent)
MOJO_SIMD_MATH_UNARY_(modf_integral)
MOJO_SIMD_MATH_UNARY_(modf_fractional)
MOJO_SIMD_MATH_BINARY_(atan2)
MOJO_SIMD_MATH_BINARY_(hypot)
MOJO_SIMD_MATH_BINARY_(remainder)
MOJO_SIMD_MATH_BINARY_(ceildiv)

#undef MOJO_SIMD_MATH_UNARY_
#undef MOJO_SIMD_MATH_BINARY_

// ldexp(x, e): e per lane (Int32 lanes) or one Int32 for all lanes.
template <class S, int N>
MOJO_HOST_DEVICE inline SIMD<S, N> ldexp(const SIMD<S, N>& x, const SIMD<Int32, N>& e) noexcept {
    return SIMD<S, N>::from_lanes([&](int i) { return mojo::math::ldexp(x.get(i), e.get(i)); });
}
template <class S, int N>
MOJO_HOST_DEVICE inline SIMD<S, N> ldexp(const SIMD<S, N>& x, Int32 e) noexcept {
    return SIMD<S, N>::from_lanes([&](int i) { return mojo::math::ldexp(x.get(i), e); });
}

// isclose(a, b, atol, rtol, equal_nan) lane-wise, as a mask.
template <class S, int N>
MOJO_HOST_DEVICE inline SIMD<bool, N> isclose(const SIMD<S, N>& a, const SIMD<S, N>& b, double atol = 1e-08,
                                              double rtol = 1e-05, bool equal_nan = false) noexcept {
    return SIMD<bool, N>::from_lanes([&](int i) { return mojo::math::isclose(a.get(i), b.get(i), atol, rtol, equal_nan); });
}

}  // namespace math
}  // namespace mojo
