// mojo/math/hyperbolic.hpp -- math.sinh, cosh, tanh, asinh, acosh, atanh on
// Float64/Float32 as Mojo 1.2 computes them on the CPU:
//   * sinh, cosh: built on Mojo's expm1/exp, so sinh(inf) is NaN
//     ((inf + 2) / (inf + 1)) and cosh(nan) is inf (Mojo's exp(nan) is inf);
//   * tanh: Float64 -expm1(-2|x|) / (expm1(-2|x|) + 2) on |x| clamped to 20;
//     Float32 a rational approximation on x clamped to [-9, 9]; tanh(nan) is
//     1.0 for both, as in Mojo;
//   * asinh, acosh, atanh: FreeBSD's, over Mojo's accurate log1p (log.hpp).
#pragma once

#include <cmath>

#include "mojo/config.hpp"
#include "mojo/detail/float_pow.hpp"
#include "mojo/detail/mul_no_fma.hpp"
#include "mojo/math/exp.hpp"
#include "mojo/math/horner.hpp"
#include "mojo/math/log.hpp"

namespace mojo::math {

namespace detail {
template <class F>
MOJO_HOST_DEVICE inline F sinh_impl(F x) noexcept {
    using mojo::detail::mul_no_fma;
    const F e = mojo::math::expm1(std::fabs(x));
    F y = (e + F(2)) / (e + F(1));
    y = mul_no_fma(mul_no_fma(y, F(0.5)), e);
    return std::copysign(y, x);
}
template <class F>
MOJO_HOST_DEVICE inline F cosh_impl(F x) noexcept {
    using mojo::detail::mul_no_fma;
    const F e = mojo::math::exp(std::fabs(x));
    return std::fma(F(0.5), e, F(0.5) / e);
}
// musl tanh: -expm1(-2|x|) / (expm1(-2|x|) + 2) with the sign of x; the input
// is first clamped to [-20, 20] (compare-and-select: NaN becomes 20, so
// tanh(nan) is 1.0 as in Mojo).
MOJO_HOST_DEVICE inline double tanh_impl(double x) noexcept {
    using F = double;
    const F xc = mojo::detail::select_max(mojo::detail::select_min(x, F(20)), F(-20));
    const F e = mojo::math::expm1(mojo::detail::mul_no_fma(std::fabs(xc), F(-2)));
    return std::copysign(-e / (e + F(2)), xc);
}
// Float32 tanh: a rational approximation on the input clamped to [-9, 9]
// (Eigen's), as Mojo 1.2 keeps for float32: tanh(nan) is 1.0.
MOJO_HOST_DEVICE inline float tanh_impl(float x) noexcept {
    using mojo::detail::mul_no_fma;
    const float xc = mojo::detail::select_max(mojo::detail::select_min(x, 9.0f), -9.0f);
    const float x2 = mul_no_fma(xc, xc);
    const float num[] = {4.89352455891786e-03f, 6.37261928875436e-04f,  1.48572235717979e-05f, 5.12229709037114e-08f,
                         -8.60467152213735e-11f, 2.00018790482477e-13f, -2.76076847742355e-16f};
    const float den[] = {4.89352518554385e-03f, 2.26843463243900e-03f, 1.18534705686654e-04f, 1.19825839466702e-06f};
    return mul_no_fma(xc, horner(x2, num)) / horner(x2, den);
}
}  // namespace detail

MOJO_HOST_DEVICE inline double sinh(double x) noexcept { return detail::sinh_impl(x); }
MOJO_HOST_DEVICE inline float sinh(float x) noexcept { return detail::sinh_impl(x); }
MOJO_HOST_DEVICE inline double cosh(double x) noexcept { return detail::cosh_impl(x); }
MOJO_HOST_DEVICE inline float cosh(float x) noexcept { return detail::cosh_impl(x); }
MOJO_HOST_DEVICE inline double tanh(double x) noexcept { return detail::tanh_impl(x); }
MOJO_HOST_DEVICE inline float tanh(float x) noexcept { return detail::tanh_impl(x); }

// asinh, acosh, atanh on Float64: FreeBSD s_asinh.c / e_acosh.c / e_atanh.c
// as Mojo 1.2 ports them: the log1p step is Mojo's `_log1p_accurate`, which
// also carries the rounding error of its argument; exact to the bit against
// Mojo 1.2 on the sampled inputs.
namespace detail {
template <class F>
struct AsinhConst;
template <>
struct AsinhConst<double> {
    static constexpr double tiny = 0x1p-28, huge = 0x1p28, ln2 = 0.6931471805599453;
};
template <>
struct AsinhConst<float> {
    static constexpr float tiny = 0x1p-12f, huge = 0x1p12f, ln2 = 0.6931471824645996f;
};

template <class F>
MOJO_HOST_DEVICE inline F asinh_impl(F x) noexcept {
#if defined(__clang__) && !defined(__CUDA_ARCH__) && !defined(__HIP_DEVICE_COMPILE__)
#pragma clang fp contract(off)
#endif
    using mojo::detail::mul_no_fma;
    using C = AsinhConst<F>;
    const F ax = std::fabs(x);
    if (!(ax >= C::tiny) || !(ax < F(HUGE_VAL))) return x;  // tiny, NaN, inf
    F r;
    if (ax < F(2)) {  // log1p(|x| + x^2 / (1 + sqrt(1 + x^2)))
        const F x2 = mul_no_fma(x, x);
        const F q = x2 / (std::sqrt(x2 + F(1)) + F(1));
        const F u = ax + q;
        const F bv = u - ax;
        const F ul = (q - bv) + ((bv - u) + ax);
        r = log1p_accurate(u, ul);
    } else if (ax >= C::huge) {
        r = C::ln2 + log_kernel(ax);
    } else {  // log(2|x| + 1 / (|x| + sqrt(x^2 + 1)))
        const F sq = std::sqrt(mul_no_fma(x, x) + F(1));
        r = F(0) + log_kernel(std::fma(ax, F(2), F(1) / (ax + sq)));
    }
    return x < F(0) ? -r : r;
}

template <class F>
MOJO_HOST_DEVICE inline F acosh_impl(F x) noexcept {
#if defined(__clang__) && !defined(__CUDA_ARCH__) && !defined(__HIP_DEVICE_COMPILE__)
#pragma clang fp contract(off)
#endif
    using C = AsinhConst<F>;
    if (!(x >= F(1))) return F(NAN);
    if (x == F(HUGE_VAL)) return x;
    if (x < F(2)) {  // log1p(t + sqrt(2t + t^2)), t = x - 1, the root carried as hi + lo
        const F t = x - F(1);
        const F t2 = t + t;
        const F d = std::fma(t, t, t2);
        const F sq = std::sqrt(d);
        F sq_lo = F(0);
        if (d > F(0)) {
            const F d_lo = std::fma(t, t, t2 - d);
            sq_lo = (std::fma(-sq, sq, d) + d_lo) / (sq + sq);
        }
        const F u = sq + t;
        const F bv = u - t;
        const F ul = sq_lo + ((sq - bv) + ((bv - u) + t));
        return log1p_accurate(u, ul);
    }
    if (x >= C::huge) return C::ln2 + log_kernel(x);
    return F(0) + log_kernel((x + x) - F(1) / (x + std::sqrt(std::fma(x, x, F(-1)))));
}
}  // namespace detail

MOJO_HOST_DEVICE inline double asinh(double x) noexcept { return detail::asinh_impl(x); }
MOJO_HOST_DEVICE inline float asinh(float x) noexcept { return detail::asinh_impl(x); }
MOJO_HOST_DEVICE inline double acosh(double x) noexcept { return detail::acosh_impl(x); }
MOJO_HOST_DEVICE inline float acosh(float x) noexcept { return detail::acosh_impl(x); }
MOJO_HOST_DEVICE inline double atanh(double x) noexcept {
#if defined(__clang__) && !defined(__CUDA_ARCH__) && !defined(__HIP_DEVICE_COMPILE__)
#pragma clang fp contract(off)
#endif
    using mojo::detail::mul_no_fma;
    if (x != x) return x;
    const double ax = std::fabs(x);
    if (ax < 0x1p-28) return x;
    if (ax > 1.0) return NAN;
    if (ax == 1.0) return std::copysign(HUGE_VAL, x);
    const double two = ax + ax;
    // 0.5 * log1p(2a + 2a^2 / (1 - a)) below 1/2, 0.5 * log1p(2a / (1 - a)) above
    const double arg = ax < 0.5 ? two + mul_no_fma(ax, two) / (1.0 - ax) : two / (1.0 - ax);
    return std::copysign(mul_no_fma(log1p(arg), 0.5), x);
}
MOJO_HOST_DEVICE inline float atanh(float x) noexcept {
#if defined(__clang__) && !defined(__CUDA_ARCH__) && !defined(__HIP_DEVICE_COMPILE__)
#pragma clang fp contract(off)
#endif
    using mojo::detail::mul_no_fma;
    if (x != x) return x;
    const float ax = std::fabs(x);
    if (ax < 3.725290298461914e-09f) return x;
    if (ax > 1.0f) return NAN;
    if (ax == 1.0f) return std::copysign(HUGE_VALF, x);
    const float two = ax + ax;
    const float arg = ax < 0.5f ? two + mul_no_fma(ax, two) / (1.0f - ax) : two / (1.0f - ax);
    return std::copysign(mul_no_fma(log1p(arg), 0.5f), x);
}

}  // namespace mojo::math
