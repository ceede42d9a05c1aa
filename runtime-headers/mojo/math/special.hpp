// mojo/math/special.hpp -- math.erf, erfc, lgamma, gamma on Float64/Float32 as
// Mojo 1.2 computes them on the CPU:
//   * erf, erfc on Float64: fdlibm s_erf.c as Mojo ports it (erfc's exponential
//     in double-word steps); erfc on Float32: FreeBSD's erfcf; erf on Float32:
//     Mojo's own short approximation (erf_impl). All exact to the bit against
//     Mojo 1.2 on the sampled inputs.
//   * lgamma, gamma: libm's lgamma/tgamma. NOT Mojo's: Mojo 1.2 computes them
//     in double-word arithmetic (a SLEEF-style lgamma, a recurrence-based
//     gamma); about half of the results differ from Mojo's in the last digit.
#pragma once

#include <cmath>
#include <cstdint>

#include "mojo/config.hpp"
#include "mojo/detail/float_pow.hpp"
#include "mojo/detail/mul_no_fma.hpp"
#include "mojo/math/exp.hpp"
#include "mojo/math/horner.hpp"

namespace mojo::math {

namespace detail {
template <class F>
MOJO_HOST_DEVICE inline F erf_impl(F x) noexcept {
    using mojo::detail::mul_no_fma;
    const F ax = std::fabs(x);
    const F large_c[] = {F(1.28717512e-1), F(6.34846687e-1), F(1.06777847e-1), F(-2.42545605e-2),
                         F(3.88393435e-3), F(-3.83208680e-4), F(1.72948930e-5)};
    // min(|x|, 3.925) as a compare-and-select
    F r_large = horner(mojo::detail::select_min(ax, F(3.925)), large_c);
    r_large = std::fma(r_large, ax, ax);
    r_large = std::copysign(F(1) - mojo::math::exp(-r_large), x);
    const F small_c[] = {F(1.28379151e-1), F(-3.76124859e-1), F(1.12818025e-1),
                         F(-2.67667342e-2), F(4.99339588e-3), F(-5.99104969e-4)};
    const F r_small = std::fma(horner(mul_no_fma(ax, ax), small_c), x, x);
    return ax > F(0.921875) ? r_large : r_small;
}
}  // namespace detail

namespace detail {
// fdlibm s_erf.c pieces, Horner with fused steps as Mojo 1.2 evaluates them.
// y with erf(x) = x + x*y for |x| < 0.84375 (z = x*x): pp(z) / qq(z).
MOJO_HOST_DEVICE inline double erf_small_pp(double z) noexcept {
    double p = std::fma(z, -2.3763016656650163e-05, -0.005770270296489442);
    p = std::fma(z, p, -0.02848174957559851);
    p = std::fma(z, p, -0.3250421072470015);
    return std::fma(z, p, 0.12837916709551256);
}
MOJO_HOST_DEVICE inline double erf_small_qq(double z) noexcept {
    double q = std::fma(z, -3.960228278775368e-06, 0.00013249473800432164);
    q = std::fma(z, q, 0.005081306281875766);
    q = std::fma(z, q, 0.0650222499887673);
    q = std::fma(z, q, 0.39791722395915535);
    return std::fma(z, q, 1.0);
}
// P(s), Q(s) with erf(1 + s) - erx = P/Q for 0.84375 <= |x| < 1.25, s = |x| - 1.
MOJO_HOST_DEVICE inline double erf_mid_p(double s) noexcept {
    double p = std::fma(s, -0.002166375594868791, 0.035478304325618236);
    p = std::fma(s, p, -0.11089469428239668);
    p = std::fma(s, p, 0.31834661990116175);
    p = std::fma(s, p, -0.3722078760357013);
    p = std::fma(s, p, 0.41485611868374833);
    return std::fma(s, p, -0.0023621185607526594);
}
MOJO_HOST_DEVICE inline double erf_mid_q(double s) noexcept {
    double q = std::fma(s, 0.011984499846799107, 0.01363708391202905);
    q = std::fma(s, q, 0.12617121980876164);
    q = std::fma(s, q, 0.07182865441419627);
    q = std::fma(s, q, 0.540397917702171);
    q = std::fma(s, q, 0.10642088040084423);
    return std::fma(s, q, 1.0);
}
inline constexpr double kErx = 0.8450629115104675;

// Mojo's `_erfc_f64`: fdlibm s_erf.c's erfc, every branch computed in
// double-word steps; the exponential for |x| >= 1.25 is an fdlibm e_exp
// kernel on a hi - lo argument.
MOJO_HOST_DEVICE inline double erfc64(double x) noexcept {
#if defined(__clang__) && !defined(__CUDA_ARCH__) && !defined(__HIP_DEVICE_COMPILE__)
#pragma clang fp contract(off)
#endif
    using mojo::detail::bit_copy;
    using mojo::detail::mul_no_fma;
    if (x != x) return x;
    if (x <= -6.0) return 2.0;
    const double ax = std::fabs(x);
    if (ax < 0.84375) {
        const double z = mul_no_fma(x, x);
        const double y = erf_small_pp(z) / erf_small_qq(z);
        if (x < 0.25) return 1.0 - std::fma(y, x, x);
        // 0.5 - (x*y + (x - 0.5)), the rounding errors carried
        const double xm = x + -0.5;
        const double v = std::fma(x, y, xm);
        const double ev = std::fma(x, y, xm - v);
        const double h = 0.5 - v;
        const double t = (h + -0.5);
        return h + ((((-v) - t) + ((t - h) + 0.5)) - ev);
    }
    if (ax < 1.25) {
        const double s = ax + -1.0;
        const double P = erf_mid_p(s), Q = erf_mid_q(s);
        const double v = P / Q;
        if (x < 0.0) return (kErx + v) - -1.0;
        const double ev = std::fma(-Q, v, P) / Q;
        const double c = 0.15493708848953247;  // 1 - erx
        const double h = c - v;
        const double t = h + -c;
        return h + ((((-v) - t) + ((t - h) + c)) - ev);
    }
    if (ax >= 28.0) return x < 0.0 ? 2.0 : 0.0;
    // R/S in s = 1/x^2, two coefficient sets split at 1/0.35
    const double s = 1.0 / mul_no_fma(x, x);
    double R, S;
    if (ax < 2.8571414947509766) {
        R = std::fma(s, -9.814329344169145, -81.2874355063066);
        R = std::fma(s, R, -184.60509290671104);
        R = std::fma(s, R, -162.39666946257347);
        R = std::fma(s, R, -62.375332450326006);
        R = std::fma(s, R, -10.558626225323291);
        R = std::fma(s, R, -0.6938585727071818);
        R = std::fma(s, R, -0.009864944034847148);
        S = std::fma(s, -0.0604244152148581, 6.570249770319282);
        S = std::fma(s, S, 108.63500554177944);
        S = std::fma(s, S, 429.00814002756783);
        S = std::fma(s, S, 645.3872717332679);
        S = std::fma(s, S, 434.56587747522923);
        S = std::fma(s, S, 137.65775414351904);
        S = std::fma(s, S, 19.651271667439257);
        S = std::fma(s, S, 1.0);
    } else {
        R = std::fma(s, -483.5191916086514, -1025.0951316110772);
        R = std::fma(s, R, -637.5664433683896);
        R = std::fma(s, R, -160.63638485582192);
        R = std::fma(s, R, -17.757954917754752);
        R = std::fma(s, R, -0.799283237680523);
        R = std::fma(s, R, -0.0098649429247001);
        S = std::fma(s, -22.44095244658582, 474.52854120695537);
        S = std::fma(s, S, 2553.0504064331644);
        S = std::fma(s, S, 3199.8582195085955);
        S = std::fma(s, S, 1536.729586084437);
        S = std::fma(s, S, 325.7925129965739);
        S = std::fma(s, S, 30.33806074348246);
        S = std::fma(s, S, 1.0);
    }
    const double RS = R / S;
    // exp(-z*z - 0.5625) * exp((z - x)(z + x) + R/S), z = x with its low word cleared
    const double z = bit_copy<double>(bit_copy<std::uint64_t>(ax) & 0x7fffffff00000000ULL);
    const double zz = mul_no_fma(z, z);
    const double d = mul_no_fma(z - ax, ax + z);
    const double sum = RS + d;
    double bv = sum - RS;
    const double err_sum = (RS - (sum - bv)) + (d - bv);
    double a = (sum - zz) + -0.5625;
    a = mojo::detail::select_max(mojo::detail::select_min(a, 1200.0), -1200.0);
    const double k = std::floor(std::fma(a, 1.4426950408889634, 0.5));
    const double m = std::fma(k, -0.6931471803691238, -zz);
    const double hi1 = m + -0.5625;
    bv = hi1 - m;
    const double err2 = (-0.5625 - bv) + (m - (hi1 - bv));
    const double H = sum + hi1;
    bv = H - hi1;
    const double err3 = (sum - bv) + (hi1 + (bv - H));
    const double L = (err2 + err3) + err_sum;
    const double lo = std::fma(k, 1.9082149292705877e-10, -L);
    // exp(H - lo) - 1 by fdlibm's kernel, then 1 + that as a double-word
    const double xr = H - lo;
    const double t = mul_no_fma(xr, xr);
    double c = std::fma(t, 4.1381367970572385e-08, -1.6533902205465252e-06);
    c = std::fma(t, c, 6.613756321437934e-05);
    c = std::fma(t, c, -0.0027777777777015593);
    c = std::fma(t, c, 0.16666666666666602);
    c = std::fma(-t, c, xr);
    const double E = H + ((mul_no_fma(xr, c) / (2.0 - c)) - lo);
    const double p = E + 1.0;
    const double pm1 = p + -1.0;
    const double p_lo = (E - pm1) + (1.0 + (pm1 - p));
    // divided by |x|, scaled by 2^k in two steps
    const double q = p / ax;
    double r = q + (std::fma(-ax, q, p) + p_lo) / ax;
    const std::int64_t ki = static_cast<std::int64_t>(k);
    const std::int64_t k1 = ki >> 1;
    const std::int64_t k2 = static_cast<std::int32_t>(static_cast<std::int32_t>(ki) - static_cast<std::int32_t>(k1));
    r = mul_no_fma(r, bit_copy<double>(0x3ff0000000000000ULL + (static_cast<std::uint64_t>(k1) << 52)));
    r = mul_no_fma(r, bit_copy<double>(0x3ff0000000000000ULL + (static_cast<std::uint64_t>(k2) << 52)));
    return x < 0.0 ? 2.0 - r : r;
}
}  // namespace detail

// erf on Float64: fdlibm s_erf.c as Mojo 1.2 ports it (exact to the bit on
// the sampled inputs): x + x*y below 0.84375, erx + P/Q below 1.25, else
// 1 - erfc(|x|); the sign of x.
MOJO_HOST_DEVICE inline double erf(double x) noexcept {
    const double ax = std::fabs(x);
    if (ax < 0.84375) {
        const double z = mojo::detail::mul_no_fma(x, x);
        return std::fma(detail::erf_small_pp(z) / detail::erf_small_qq(z), x, x);
    }
    if (ax < 1.25) {
        const double s = ax + -1.0;
        return std::copysign(detail::kErx + detail::erf_mid_p(s) / detail::erf_mid_q(s), x);
    }
    return std::copysign(1.0 - detail::erfc64(ax), x);
}
MOJO_HOST_DEVICE inline float erf(float x) noexcept { return detail::erf_impl(x); }

MOJO_HOST_DEVICE inline double erfc(double x) noexcept { return detail::erfc64(x); }
// Float32 erfc: FreeBSD s_erff.c's erfcf (short polynomials), as Mojo 1.2
// evaluates it; exact to the bit on the sampled inputs.
MOJO_HOST_DEVICE inline float erfc(float x) noexcept {
#if defined(__clang__) && !defined(__CUDA_ARCH__) && !defined(__HIP_DEVICE_COMPILE__)
#pragma clang fp contract(off)
#endif
    using mojo::detail::bit_copy;
    using mojo::detail::mul_no_fma;
    if (x != x) return x;
    if (x <= -5.0f) return 2.0f;
    const float ax = std::fabs(x);
    if (ax < 0.84375f) {
        const float z = mul_no_fma(x, x);
        float pp = std::fma(z, -0.0018626139499247074f, -0.33603039383888245f);
        pp = std::fma(z, pp, 0.12837916612625122f);
        float qq = std::fma(z, -0.0019885937217622995f, 0.021607041358947754f);
        qq = std::fma(z, qq, 0.31232431530952454f);
        qq = std::fma(z, qq, 1.0f);
        const float xy = mul_no_fma(x, pp / qq);
        if (x < 0.25f) return 1.0f - (x + xy);
        return 0.5f - ((x + -0.5f) + xy);
    }
    if (ax < 1.25f) {
        const float sm = ax + -1.0f;
        float P = std::fma(sm, 0.0867677554488182f, -0.20939572155475616f);
        P = std::fma(sm, P, 0.4151093065738678f);
        P = std::fma(sm, P, 3.6504104627965717e-06f);
        float Q = std::fma(sm, 0.039247896522283554f, 0.3712485134601593f);
        Q = std::fma(sm, Q, 0.49556097388267517f);
        Q = std::fma(sm, Q, 1.0f);
        const float v = P / Q;
        return x < 0.0f ? (v + 0.8426971435546875f) + 1.0f : 0.1573028564453125f - v;
    }
    if (ax >= 11.0f) return x < 0.0f ? 2.0f : 0.0f;
    const float s2 = 1.0f / mul_no_fma(x, x);
    float R, S;
    if (ax < 2.857150077819824f) {
        R = std::fma(s2, -0.6915541887283325f, -1.6682831048965454f);
        R = std::fma(s2, R, -0.5436583757400513f);
        R = std::fma(s2, R, -0.00988156720995903f);
        S = std::fma(s2, 0.5538551807403564f, 4.107991695404053f);
        S = std::fma(s2, S, 4.485815525054932f);
    } else {
        R = std::fma(s2, -1.8411568403244019f, -0.548049807548523f);
        R = std::fma(s2, R, -0.009864969179034233f);
        S = std::fma(s2, -0.7619006633758545f, 3.0498270988464355f);
        S = std::fma(s2, S, 4.8713274002075195f);
    }
    S = std::fma(s2, S, 1.0f);
    const float z = bit_copy<float>(bit_copy<std::uint32_t>(ax) & 0x7fffe000u);
    const float zz = mul_no_fma(z, z);
    const float sum = mul_no_fma(z - ax, ax + z) + R / S;
    float a = (sum - zz) + -0.5625f;
    a = mojo::detail::select_max(mojo::detail::select_min(a, 170.0f), -170.0f);
    const float k = std::floor(std::fma(a, 1.4426950216293335f, 0.5f));
    const float H = sum + (std::fma(k, -0.693145751953125f, -zz) + -0.5625f);
    const float lo = mul_no_fma(k, 1.428606765330187e-06f);
    const float xr = H - lo;
    const float t = mul_no_fma(xr, xr);
    const float c = std::fma(-t, std::fma(t, -0.0027667332906275988f, 0.16666625440120697f), xr);
    float r = ((H + (mul_no_fma(c, xr) / (2.0f - c) - lo)) + 1.0f) / ax;
    const std::int32_t ki = static_cast<std::int32_t>(k);
    const std::int32_t k1 = ki >> 1, k2 = ki - k1;
    r = mul_no_fma(r, bit_copy<float>(0x3f800000u + (static_cast<std::uint32_t>(k1) << 23)));
    r = mul_no_fma(r, bit_copy<float>(0x3f800000u + (static_cast<std::uint32_t>(k2) << 23)));
    return x < 0.0f ? 2.0f - r : r;
}

MOJO_HOST_DEVICE inline double lgamma(double x) noexcept { return ::lgamma(x); }
MOJO_HOST_DEVICE inline float lgamma(float x) noexcept { return ::lgammaf(x); }
MOJO_HOST_DEVICE inline double gamma(double x) noexcept { return ::tgamma(x); }
MOJO_HOST_DEVICE inline float gamma(float x) noexcept { return ::tgammaf(x); }

}  // namespace mojo::math
