// mojo/math/frexp.hpp -- math.frexp, ldexp, modf, logb on Float64/Float32,
// with Mojo 1.2's edge cases (checked against the real compiler):
//   * frexp(x) = (m, e) with x = m * 2^e, 0.5 <= |m| < 1, subnormals included;
//     frexp(+-0) and frexp(nan) are (0.0, 0.0) (sign and NaN dropped),
//     frexp(+-inf) is (+-inf, 0.0). The exponent is a float (Mojo returns it in
//     the argument's type).
//   * ldexp(x, e) multiplies by 2^e built from exponent bits, without range
//     handling, exactly as Mojo: ldexp(1.0, 1024) is inf, ldexp(1.0, -1023) is
//     0.0 and ldexp(1.0, -1074) is garbage (-1.596672247627776e+293).
//   * modf(x) = (trunc(x), x - trunc(x)) with the fraction's zero signed like
//     x (modf(-3.0) == (-3.0, -0.0)); modf(+-inf) is (+-inf, nan).
//   * logb: the unbiased exponent as a float (logb(0) = -inf, logb(+-inf) = inf).
// Mojo returns frexp/modf as tuples; the Mojo declarations build them from the
// two halves below.
#pragma once

#include <cmath>
#include <cstdint>

#include "mojo/builtin/integer.hpp"
#include "mojo/config.hpp"
#include "mojo/detail/float_pow.hpp"

namespace mojo::math {

namespace detail {
template <class F>
MOJO_HOST_DEVICE inline F frexp_mantissa_impl(F x) noexcept {
    if (!(x < F(0) || x > F(0))) return F(0);  // +-0 and NaN
    if (x == F(HUGE_VAL) || x == F(-HUGE_VAL)) return x;
    int e = 0;
    return std::frexp(x, &e);
}
template <class F>
MOJO_HOST_DEVICE inline F frexp_exponent_impl(F x) noexcept {
    if (!(x < F(0) || x > F(0)) || x == F(HUGE_VAL) || x == F(-HUGE_VAL)) return F(0);
    int e = 0;
    (void)std::frexp(x, &e);
    return static_cast<F>(e);
}
template <class F>
MOJO_HOST_DEVICE inline F modf_fractional_impl(F x) noexcept {
    const F f = x - std::trunc(x);
    return f == F(0) ? std::copysign(F(0), x) : f;
}
}  // namespace detail

MOJO_HOST_DEVICE inline double frexp_mantissa(double x) noexcept { return detail::frexp_mantissa_impl(x); }
MOJO_HOST_DEVICE inline float frexp_mantissa(float x) noexcept { return detail::frexp_mantissa_impl(x); }
MOJO_HOST_DEVICE inline double frexp_exponent(double x) noexcept { return detail::frexp_exponent_impl(x); }
MOJO_HOST_DEVICE inline float frexp_exponent(float x) noexcept { return detail::frexp_exponent_impl(x); }

MOJO_HOST_DEVICE inline double ldexp(double x, Int32 e) noexcept {
    return mojo::detail::mojo_ldexp(x, static_cast<double>(e.value));
}
MOJO_HOST_DEVICE inline float ldexp(float x, Int32 e) noexcept {
    return mojo::detail::mojo_ldexp(x, static_cast<float>(e.value));
}

MOJO_HOST_DEVICE inline double modf_integral(double x) noexcept { return std::trunc(x); }
MOJO_HOST_DEVICE inline float modf_integral(float x) noexcept { return std::trunc(x); }
MOJO_HOST_DEVICE inline double modf_fractional(double x) noexcept { return detail::modf_fractional_impl(x); }
MOJO_HOST_DEVICE inline float modf_fractional(float x) noexcept { return detail::modf_fractional_impl(x); }

MOJO_HOST_DEVICE inline double logb(double x) noexcept { return ::logb(x); }
MOJO_HOST_DEVICE inline float logb(float x) noexcept { return ::logbf(x); }

}  // namespace mojo::math
