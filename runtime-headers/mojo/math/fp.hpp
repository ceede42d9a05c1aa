// mojo/math/fp.hpp -- floating-point utilities of Mojo's `math` module
// (scalar Float64/Float32 forms): inf/nan, isnan/isinf/isfinite, copysign,
// fma, isclose, ulp.
#pragma once

#include <cmath>
#include <limits>
#include <type_traits>

#include "mojo/builtin/integer.hpp"
#include "mojo/config.hpp"
#include "mojo/detail/mul_no_fma.hpp"

namespace mojo::math {

// math.inf[DType.float64]() / nan[...]: generic over the DType in Mojo; here a
// template over the C++ float type (inf<double>(), inf<float>()).
template <class F>
MOJO_HOST_DEVICE constexpr F inf() noexcept {
    static_assert(std::is_floating_point_v<F>, "inf<F>: F must be float or double");
    return F(HUGE_VAL);
}
template <class F>
MOJO_HOST_DEVICE constexpr F nan() noexcept {
    static_assert(std::is_floating_point_v<F>, "nan<F>: F must be float or double");
    return std::numeric_limits<F>::quiet_NaN();
}

MOJO_HOST_DEVICE inline bool isnan(double x) noexcept { return x != x; }
MOJO_HOST_DEVICE inline bool isnan(float x) noexcept { return x != x; }
MOJO_HOST_DEVICE inline bool isinf(double x) noexcept { return x == HUGE_VAL || x == -HUGE_VAL; }
MOJO_HOST_DEVICE inline bool isinf(float x) noexcept { return x == HUGE_VALF || x == -HUGE_VALF; }
MOJO_HOST_DEVICE inline bool isfinite(double x) noexcept { return x - x == 0.0; }
MOJO_HOST_DEVICE inline bool isfinite(float x) noexcept { return x - x == 0.0f; }

// copysign(3.0, -0.0) == -3.0; on Int: |magnitude| with the sign of `sign`
// (copysign(5, -1) == -5; the magnitude wraps at Int.MIN).
MOJO_HOST_DEVICE inline double copysign(double m, double s) noexcept { return std::copysign(m, s); }
MOJO_HOST_DEVICE inline float copysign(float m, float s) noexcept { return std::copysign(m, s); }
MOJO_HOST_DEVICE constexpr Int copysign(Int m, Int s) noexcept {
    const Int a = m.value < 0 ? -m : m;
    return s.value < 0 ? -a : a;
}

// fma(a, b, c) = a*b + c with one rounding; on Int/UInt it is plain (wrapping)
// a * b + c.
MOJO_HOST_DEVICE inline double fma(double a, double b, double c) noexcept { return std::fma(a, b, c); }
MOJO_HOST_DEVICE inline float fma(float a, float b, float c) noexcept { return std::fma(a, b, c); }
MOJO_HOST_DEVICE constexpr Int fma(Int a, Int b, Int c) noexcept { return a * b + c; }
MOJO_HOST_DEVICE constexpr UInt fma(UInt a, UInt b, UInt c) noexcept { return a * b + c; }

// isclose(a, b, atol=1e-08, rtol=1e-05, equal_nan=False), Mojo's default
// symmetric form: a == b, or both NaN with equal_nan, or both finite and
// |a - b| <= max(atol, rtol * max(|a|, |b|)). The tolerances are converted to
// the argument type first (Float32 compares in Float32).
template <class F>
MOJO_HOST_DEVICE inline bool isclose_impl(F a, F b, double atol, double rtol, bool equal_nan) noexcept {
    if (a == b) return true;
    if (a != a && b != b) return equal_nan;
    if (!(a - a == F(0)) || !(b - b == F(0))) return false;
    const F fa = std::fabs(a), fb = std::fabs(b);
    const F m = fa > fb ? fa : fb;
    const F rt = mojo::detail::mul_no_fma(static_cast<F>(rtol), m);
    const F at = static_cast<F>(atol);
    return std::fabs(a - b) <= (at > rt ? at : rt);
}
MOJO_HOST_DEVICE inline bool isclose(double a, double b, double atol = 1e-08, double rtol = 1e-05,
                                     bool equal_nan = false) noexcept {
    return isclose_impl(a, b, atol, rtol, equal_nan);
}
MOJO_HOST_DEVICE inline bool isclose(float a, float b, double atol = 1e-08, double rtol = 1e-05,
                                     bool equal_nan = false) noexcept {
    return isclose_impl(a, b, atol, rtol, equal_nan);
}
// The NumPy-style form (`isclose[symmetrical=False]`): |a - b| <= atol + rtol*|b|, b finite.
template <class F>
MOJO_HOST_DEVICE inline bool isclose_asymmetric(F a, F b, double atol = 1e-08, double rtol = 1e-05,
                                                bool equal_nan = false) noexcept {
    if (a == b) return true;
    if (a != a && b != b) return equal_nan;
    if (!(b - b == F(0))) return false;
    return std::fabs(a - b) <= std::fma(static_cast<F>(rtol), std::fabs(b), static_cast<F>(atol));  // Mojo fuses
}

// ulp(x): the gap from |x| to the next float away from zero (below it for the
// largest finite value); NaN stays NaN, ulp(+-inf) is inf.
template <class F>
MOJO_HOST_DEVICE inline F ulp_impl(F x) noexcept {
    if (x != x) return x;
    const F ax = std::fabs(x);
    if (ax == F(HUGE_VAL)) return ax;
    const F up = std::nextafter(ax, F(HUGE_VAL));
    if (up == F(HUGE_VAL)) return ax - std::nextafter(ax, F(-HUGE_VAL));
    return up - ax;
}
MOJO_HOST_DEVICE inline double ulp(double x) noexcept { return ulp_impl(x); }
MOJO_HOST_DEVICE inline float ulp(float x) noexcept { return ulp_impl(x); }

}  // namespace mojo::math
