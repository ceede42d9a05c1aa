// mojo/detail/float_pow.hpp -- Mojo's own `**` on Float64/Float32 (and the
// exp/log it is built on), reproduced bit for bit.
//
// Mojo 1.2 does not call libm's pow. Its stdlib (`_powf_scalar` in simd.mojo)
// computes `base ** exponent` for a floating exponent as:
//   * integral exponent: repeated squaring (`_powi`) with the exponent cast to
//     Int32 (out of Int32 range the x86 conversion gives INT32_MIN, so e.g.
//     `2.0 ** 1e10` and `2.0 ** inf` are 1.0 in Mojo);
//   * negative base and fractional exponent: NaN;
//   * otherwise exp(exponent * log(base)) with std.math's exp and log.
// Mojo's exp reduces with a short ln2 constant, so its relative error grows by
// about 2.8e-14 per power of two of the result: `2.0 ** 0.5` prints
// 1.4142135623734946 and `9.0 ** 0.5` 3.000000000001694.
//
// Exactness, checked against the real compiler (see test_runtime.cpp): exp is
// the published stdlib algorithm and matches Mojo on every sampled input (f64;
// f32 on 99%). Mojo 1.2's log source is not public; float64 log is rebuilt from
// its doc strings (fdlibm e_log / k_log.h) and matches on 99.9% of sampled
// inputs (the rest are one ulp apart), float32 log is the Cephes logf polynomial
// with fma (99.8%). Float64 `**` matched Mojo on all 17k sampled (base, exponent)
// pairs; Float32 `**` on about 96%.
//
// Each std::fma below is an `.fma` in Mojo. Every other product must stay
// unfused: host code is compiled with -ffp-contract=off (clang also obeys the
// pragma below), device code rounds products explicitly (nvcc contracts by
// default). Host and device; no std:: constexpr helpers, memcpy for bit casts.
#pragma once

#include <cmath>
#include <cstdint>
#include <cstring>
#include <type_traits>

#include "mojo/config.hpp"
#include "mojo/detail/mul_no_fma.hpp"

namespace mojo::detail {

template <class F>
struct fp_traits;
template <>
struct fp_traits<double> {
    using bits_t = std::int64_t;
    static constexpr int mantissa_width = 52;
    static constexpr bits_t exponent_bias = 1023;
    static constexpr bits_t exponent_mask = 0x7FF0000000000000LL;
};
template <>
struct fp_traits<float> {
    using bits_t = std::int32_t;
    static constexpr int mantissa_width = 23;
    static constexpr bits_t exponent_bias = 127;
    static constexpr bits_t exponent_mask = 0x7F800000;
};

template <class To, class From>
MOJO_HOST_DEVICE inline To bit_copy(From f) noexcept {
    static_assert(sizeof(To) == sizeof(From), "bit_copy: sizes differ");
    To t;
    ::memcpy(&t, &f, sizeof t);
    return t;
}

// Mojo's SIMD min/max/clamp on floats are a compare and a select; with a NaN
// operand they return the other one (so exp(nan) clamps to the maximum: inf).
template <class F>
MOJO_HOST_DEVICE inline F select_max(F a, F b) noexcept {
    return a > b ? a : b;
}
template <class F>
MOJO_HOST_DEVICE inline F select_min(F a, F b) noexcept {
    return a < b ? a : b;
}

// std.math `_ldexp_impl`: x * 2^k with 2^k built from exponent bits (no range
// checks: k + bias outside the normal range gives whatever those bits mean).
template <class F>
MOJO_HOST_DEVICE inline F mojo_ldexp(F x, F k) noexcept {
    using T = fp_traits<F>;
    using B = typename T::bits_t;
    using U = std::make_unsigned_t<B>;
    B m = static_cast<B>(k) + T::exponent_bias;
    return x * bit_copy<F>(static_cast<B>(static_cast<U>(m) << T::mantissa_width));
}

// std.math `exp` on the CPU: clamp, k = floor(x * log2(e) + 1/2), r = x - k*ln2
// with a short ln2, Taylor polynomial by fma Horner (degree 12 for float64, 7
// for float32), scale by 2^k, and max with the clamped input.
MOJO_HOST_DEVICE inline double mojo_exp(double x) noexcept {
    double xc = select_max(select_min(x, 709.437), -709.436139303);
    double k = std::floor(std::fma(xc, 1.4426950408889634, 0.5));
    double r = std::fma(k, -0.69314718055966295651160180568695068359375, xc);
    double p = std::fma(r, 2.0876756987868098979e-9, 2.5052108385441718775e-8);
    p = std::fma(p, r, 2.7557319223985890653e-7);
    p = std::fma(p, r, 2.7557319223985890653e-6);
    p = std::fma(p, r, 0.000024801587301587301587);
    p = std::fma(p, r, 0.00019841269841269841270);
    p = std::fma(p, r, 0.0013888888888888888889);
    p = std::fma(p, r, 0.0083333333333333333333);
    p = std::fma(p, r, 0.041666666666666666667);
    p = std::fma(p, r, 0.16666666666666666667);
    p = std::fma(p, r, 0.5);
    p = std::fma(p, r, 1.0);
    p = std::fma(p, r, 1.0);
    return select_max(mojo_ldexp(p, k), xc);
}
MOJO_HOST_DEVICE inline float mojo_exp(float x) noexcept {
    float xc = select_max(select_min(x, 88.3762626647950f), -88.3762626647949f);
    float k = std::floor(std::fma(xc, 1.4426950408889634f, 0.5f));
    float r = std::fma(k, -0.69314718055966295651160180568695068359375f, xc);
    float p = std::fma(r, 0.00019841269841269841270f, 0.0013888888888888888889f);
    p = std::fma(p, r, 0.0083333333333333333333f);
    p = std::fma(p, r, 0.041666666666666666667f);
    p = std::fma(p, r, 0.16666666666666666667f);
    p = std::fma(p, r, 0.5f);
    p = std::fma(p, r, 1.0f);
    p = std::fma(p, r, 1.0f);
    return select_max(mojo_ldexp(p, k), xc);
}

// std.math `log` on the CPU (see the header comment for how exact this is).
// Special values as libm: log(0) = -inf, log(<0) = log(nan) = nan, log(inf) = inf.
MOJO_HOST_DEVICE inline double mojo_log(double x) noexcept {
#if defined(__clang__) && !defined(__CUDA_ARCH__) && !defined(__HIP_DEVICE_COMPILE__)
#pragma clang fp contract(off)
#endif
    if (x != x) return x;
    if (x == 0.0) return -HUGE_VAL;
    if (x < 0.0) return NAN;
    if (x == HUGE_VAL) return x;
    int e = 0;
    double m = std::frexp(x, &e);  // [0.5, 1); subnormals are normalized
    if (m < 0.70710678118654752440) {
        m = m + m;
        e -= 1;
    }
    const double f = m - 1.0;  // exact; 1 + f in [sqrt(2)/2, sqrt(2))
    const double dk = static_cast<double>(e);
    // fdlibm k_log1p: s*(f*f/2 + R(s*s)) == log(1 + f) - f + f*f/2
    const double s = f / (2.0 + f);
    const double z = mul_no_fma(s, s);
    const double w = mul_no_fma(z, z);
    const double t1 = mul_no_fma(w, 3.999999999940941908e-01 +
                                  mul_no_fma(w, 2.222219843214978396e-01 + mul_no_fma(w, 1.531383769920937332e-01)));
    const double t2 = mul_no_fma(z, 6.666666666666735130e-01 +
                                  mul_no_fma(w, 2.857142874366239149e-01 +
                                              mul_no_fma(w, 1.818357216161805012e-01 +
                                                          mul_no_fma(w, 1.479819860511658591e-01))));
    const double hfsq = mul_no_fma(mul_no_fma(0.5, f), f);
    const double kern = mul_no_fma(s, hfsq + (t2 + t1));
    // k*ln2 split so that k * ln2_hi is exact
    return mul_no_fma(dk, 6.93147180369123816490e-01) -
           ((hfsq - (kern + mul_no_fma(dk, 1.90821492927058770002e-10))) - f);
}
MOJO_HOST_DEVICE inline float mojo_log(float x) noexcept {
    if (x != x) return x;
    if (x == 0.0f) return -HUGE_VALF;
    if (x < 0.0f) return NAN;
    if (x == HUGE_VALF) return x;
    int e = 0;
    float m = std::frexp(x, &e);
    if (m < 0.70710678118654752440f) {
        m = m + m;
        e -= 1;
    }
    const float f = m - 1.0f;
    // Cephes logf: f + (f^3 P(f) - f^2/2) + e*ln2, Horner with fma
    float p = std::fma(f, 7.0376836292e-2f, -1.1514610310e-1f);
    p = std::fma(p, f, 1.1676998740e-1f);
    p = std::fma(p, f, -1.2420140846e-1f);
    p = std::fma(p, f, 1.4249322787e-1f);
    p = std::fma(p, f, -1.6668057665e-1f);
    p = std::fma(p, f, 2.0000714765e-1f);
    p = std::fma(p, f, -2.4999993993e-1f);
    p = std::fma(p, f, 3.3333331174e-1f);
    const float x2 = mul_no_fma(f, f);
    const float y = mul_no_fma(p, mul_no_fma(x2, f));
    return std::fma(static_cast<float>(e), 0.69314718055994530942f, f + std::fma(x2, -0.5f, y));
}

// Float -> Int32 as the x86 conversion instruction does it: Mojo's cast is an
// LLVM fptosi (poison out of range), which on the CPU yields INT32_MIN.
template <class F>
MOJO_HOST_DEVICE inline std::int32_t to_int32_x86(F f) noexcept {
    if (f >= F(-2147483648.0) && f < F(2147483648.0)) return static_cast<std::int32_t>(f);
    return INT32_MIN;
}

// `_powi`: repeated squaring; 1 / result for a negative exponent. |INT32_MIN|
// wraps to itself, so the loop does not run and the result is 1.
template <class F>
MOJO_HOST_DEVICE inline F mojo_powi(F base, std::int32_t n) noexcept {
    std::int32_t b = n < 0 ? static_cast<std::int32_t>(0u - static_cast<std::uint32_t>(n)) : n;
    F a = base;
    F res = F(1);
    while (b > 0) {
        if (b & 1) res = res * a;
        a = a * a;
        b >>= 1;
    }
    if (n < 0) return F(1) / res;
    return res;
}

// `_modf_scalar` then `_powf_scalar`: Mojo's `base ** exponent`.
template <class F>
MOJO_HOST_DEVICE inline F mojo_pow(F base, F exponent) noexcept {
    static_assert(std::is_same_v<F, float> || std::is_same_v<F, double>, "mojo_pow: float or double");
    using T = fp_traits<F>;
    using B = typename T::bits_t;
    F integral, fractional;
    if (exponent != exponent) {  // `x < 1` is false for NaN: Mojo floors it, NaN - NaN
        integral = exponent;
        fractional = exponent;
    } else {
        const F ax = exponent < F(0) ? -exponent : exponent;
        if (ax < F(1)) {
            integral = ax == F(0) ? ax : F(0);
            fractional = ax;
        } else {  // floor of |x| >= 1 by clearing the fraction bits (inf stays inf)
            B bits = bit_copy<B>(ax);
            B ex = ((bits & T::exponent_mask) >> T::mantissa_width) - T::exponent_bias;
            if (ex < T::mantissa_width) bits &= ~((B(1) << (T::mantissa_width - ex)) - 1);
            integral = bit_copy<F>(bits);
            fractional = ax - integral;  // inf - inf = nan
        }
        if (exponent < F(0)) {
            integral = -integral;
            fractional = -fractional;
        }
    }
    if (integral == exponent) return mojo_powi(base, to_int32_x86(integral));
    // `if fractional`: a float is true when it compares unequal to zero,
    // ordered, so NaN is false here and nan exponents reach exp (which gives inf).
    if ((fractional < F(0) || fractional > F(0)) && base < F(0)) return F(NAN);
    return mojo_exp(exponent * mojo_log(base));
}

}  // namespace mojo::detail
