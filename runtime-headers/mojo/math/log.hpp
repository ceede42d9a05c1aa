// mojo/math/log.hpp -- math.log, log2, log10, log1p on Float64/Float32
// as Mojo 1.2 computes them on the CPU.
//   * log: Mojo's own algorithm (detail::mojo_log, shared with `**`);
//   * log2: the Cephes logf polynomial (even on Float64), log10: FreeBSD
//     e_log10.c / e_log10f.c, log1p: musl/FreeBSD log1p / log1pf, all
//     evaluated with the fused multiply-adds Mojo's compiler forms; exact to the
//     bit against Mojo 1.2 on the sampled inputs.
#pragma once

#include <cmath>
#include <cstdint>

#include "mojo/config.hpp"
#include "mojo/detail/float_pow.hpp"
#include "mojo/detail/mul_no_fma.hpp"
#include "mojo/math/horner.hpp"

namespace mojo::math {

MOJO_HOST_DEVICE inline double log(double x) noexcept { return mojo::detail::mojo_log(x); }
MOJO_HOST_DEVICE inline float log(float x) noexcept { return mojo::detail::mojo_log(x); }

namespace detail {

// frexp as Mojo's float64 log family does it: (k, m) with x = m * 2^k,
// m in [0.5, 1) signed like x, subnormals scaled up first; 0, inf and NaN give
// k = 0 and m from their bits (the callers select the special results).
struct Frexp64 {
    std::int64_t k;
    double m;
    std::uint64_t bits;  // of the (scaled) value
};
MOJO_HOST_DEVICE inline Frexp64 frexp_bits(double x) noexcept {
    using mojo::detail::bit_copy;
    const std::uint64_t b0 = bit_copy<std::uint64_t>(x);
    const bool low = (b0 & 0x7ff0000000000000ULL) == 0;  // zero or subnormal
    double xs = x;
    if (low) xs = std::copysign(static_cast<double>(static_cast<std::int64_t>(b0 & 0xfffffffffffffULL)) * 0x1p-1022, x);
    const std::uint64_t b = bit_copy<std::uint64_t>(xs);
    const std::int64_t ef = static_cast<std::int64_t>((b >> 52) & 0x7ff);
    Frexp64 r;
    r.k = low ? ef - 1074 : ef - 1022;
    r.m = bit_copy<double>((b & 0x800fffffffffffffULL) | 0x3fe0000000000000ULL);
    r.bits = b;
    return r;
}

// fdlibm k_log1p's polynomial part: R(s) with z = s*s, w = z*z, the
// two halves fused as Mojo's compiler does: w*t1(w) + z*t2(w).
MOJO_HOST_DEVICE inline double k_log_R(double s) noexcept {
    using mojo::detail::mul_no_fma;
    const double z = mul_no_fma(s, s);
    const double w = mul_no_fma(z, z);
    const double t1 = std::fma(w, std::fma(w, 0.15313837699209373, 0.22222198432149784), 0.3999999999940942);
    const double t2 =
        std::fma(w, std::fma(w, std::fma(w, 0.14798198605116586, 0.1818357216161805), 0.2857142874366239),
                 0.6666666666666735);
    return std::fma(w, t1, mul_no_fma(t2, z));
}

// The tail of fdlibm log1p: given f (1 + f = the reduced argument), its
// exponent dk and a correction c already divided by 1 + x, returns
// dk*ln2 + log(1 + f) + c as Mojo evaluates it (ln2 split in two).
MOJO_HOST_DEVICE inline double log1p_tail(double f, double dk, double c) noexcept {
    using mojo::detail::mul_no_fma;
    const double s = f / (f + 2.0);
    const double hfsq = mul_no_fma(f, mul_no_fma(f, 0.5));
    const double hr = hfsq + k_log_R(s);
    double r = std::fma(dk, 1.9082149292705877e-10, c);
    r = std::fma(s, hr, r);
    r = (hfsq - r) - f;
    return std::fma(dk, 0.6931471803691238, -r);
}

// log1p(u + ul) for u > -1 with a low part ul (|ul| <= ulp(u)): Mojo's
// `_log1p_accurate`, the correction term of 1 + u carrying ul too.
MOJO_HOST_DEVICE inline double log1p_accurate(double u, double ul) noexcept {
    const double U = u + 1.0;
    const Frexp64 fr = frexp_bits(U);
    const bool lt = fr.m < 0.7071067811865476;
    const std::int64_t k = fr.k - (lt ? 1 : 0);
    double f = ((lt ? fr.m : -0.0) + fr.m) + -1.0;
    double dk = static_cast<double>(k);
    double c = ul + (k >= 2 ? (u - U) + 1.0 : u - (U + -1.0));
    if (u < 0.41421356237309503 && u > -0.2928932188134525) {
        dk = 0.0;
        c = ul;
        f = u;
    }
    return log1p_tail(f, dk, c / U);
}

// log(w) for finite w > 0 through the same kernel (no correction term).
MOJO_HOST_DEVICE inline double log_kernel(double w) noexcept {
    const Frexp64 fr = frexp_bits(w);
    const bool lt = fr.m < 0.7071067811865476;
    const double dk = static_cast<double>(fr.k - (lt ? 1 : 0));
    const double f = ((lt ? fr.m : -0.0) + fr.m) + -1.0;
    return log1p_tail(f, dk, 0.0);
}

// Float32 counterparts (FreeBSD k_logf.h / s_log1pf.c constants).
struct Frexp32 {
    std::int32_t k;
    float m;
};
MOJO_HOST_DEVICE inline Frexp32 frexp_bits(float x) noexcept {
    using mojo::detail::bit_copy;
    const std::uint32_t b0 = bit_copy<std::uint32_t>(x);
    const bool low = (b0 & 0x7f800000u) == 0;
    float xs = x;
    if (low) xs = std::copysign(static_cast<float>(static_cast<std::int32_t>(b0 & 0x7fffffu)) * 0x1p-126f, x);
    const std::uint32_t b = bit_copy<std::uint32_t>(xs);
    const std::int32_t ef = static_cast<std::int32_t>((b >> 23) & 0xff);
    Frexp32 r;
    r.k = low ? ef - 149 : ef - 126;
    r.m = bit_copy<float>((b & 0x807fffffu) | 0x3f000000u);
    return r;
}
MOJO_HOST_DEVICE inline float log1p_tail(float f, float dk, float c) noexcept {
    using mojo::detail::mul_no_fma;
    const float s = f / (f + 2.0f);
    const float hfsq = mul_no_fma(f, mul_no_fma(f, 0.5f));
    const float z = mul_no_fma(s, s);
    const float w = mul_no_fma(z, z);
    const float t1 = std::fma(w, 0.24279078841209412f, 0.40000972151756287f);
    const float t2 = std::fma(w, 0.2849878668785095f, 0.6666666269302368f);
    const float hr = std::fma(w, t1, mul_no_fma(t2, z)) + hfsq;
    float r = std::fma(dk, 9.05800061445916e-06f, c);
    r = std::fma(s, hr, r);
    r = (hfsq - r) - f;
    return std::fma(dk, 0.6931381225585938f, -r);
}

MOJO_HOST_DEVICE inline float log1p_accurate(float u, float ul) noexcept {
    const float U = u + 1.0f;
    const Frexp32 fr = frexp_bits(U);
    const bool lt = fr.m < 0.7071067690849304f;
    const std::int32_t k = fr.k - (lt ? 1 : 0);
    float f = ((lt ? fr.m : -0.0f) + fr.m) + -1.0f;
    float dk = static_cast<float>(k);
    float c = ul + (k >= 2 ? (u - U) + 1.0f : u - (U + -1.0f));
    if (u < 0.4142135679721832f && u > -0.2928932309150696f) {
        dk = 0.0f;
        c = ul;
        f = u;
    }
    return log1p_tail(f, dk, c / U);
}
MOJO_HOST_DEVICE inline float log_kernel(float w) noexcept {
    const Frexp32 fr = frexp_bits(w);
    const bool lt = fr.m < 0.7071067690849304f;
    const float dk = static_cast<float>(fr.k - (lt ? 1 : 0));
    const float f = ((lt ? fr.m : -0.0f) + fr.m) + -1.0f;
    return log1p_tail(f, dk, 0.0f);
}

}  // namespace detail

// log2: Mojo 1.2's `_log_base[2]`: the Cephes logf polynomial, evaluated in the
// argument's precision even for Float64, so Float64 log2 is only about
// single-precision accurate (log2(0.8907660227879807) prints
// -0.1668815656440099; glibc log2 gives -0.16688156560107678).
// log2(+inf) = inf, log2(+-0) = -inf, negative or NaN -> nan.
MOJO_HOST_DEVICE inline double log2(double x) noexcept {
#if defined(__clang__) && !defined(__CUDA_ARCH__) && !defined(__HIP_DEVICE_COMPILE__)
#pragma clang fp contract(off)
#endif
    using mojo::detail::bit_copy;
    using mojo::detail::mul_no_fma;
    const std::uint64_t ab = bit_copy<std::uint64_t>(x) & 0x7fffffffffffffffULL;
    const bool sub = ab - 1 < 0x000fffffffffffffULL;  // nonzero subnormal
    const double xs = sub ? mul_no_fma(x, 0x1p52) : x;
    const std::uint64_t b = bit_copy<std::uint64_t>(xs);
    const std::int64_t ef = static_cast<std::int64_t>((b >> 52) & 0x7ff);
    std::int64_t e = ef - 1022;
    if (ef == 0x7ff || !(xs < 0.0 || xs > 0.0)) e = 0;
    if (sub) e -= 52;
    const double m = bit_copy<double>((b & 0x800fffffffffffffULL) | 0x3fe0000000000000ULL);
    double x1 = (ef != 0x7ff ? 0.0 : xs) + m;
    if (!(xs < 0.0 || xs > 0.0)) x1 = 0.0;
    const bool lt = 0.7071067811865476 > x1;
    if (lt) {
        e -= 1;
        x1 = x1 + x1;
    }
    const double de = static_cast<double>(e);
    x1 = x1 + -1.0;
    const double x2 = mul_no_fma(x1, x1);
    const double x3 = mul_no_fma(x1, x2);
    const double c[] = {0.33333331174, -0.24999993993, 0.20000714765, -0.16668057665, 0.14249322787,
                        -0.12420140846, 0.1167699874,  -0.1151461031, 0.070376836292};
    double y = mul_no_fma(x3, detail::horner(x1, c));
    y = x1 + std::fma(x2, -0.5, y);
    y = std::fma(y, 1.4426950408889634, de);
    if (x == HUGE_VAL) y = HUGE_VAL;
    double r = x > 0.0 ? y : NAN;
    if (x == 0.0) r = -HUGE_VAL;
    return r;
}
MOJO_HOST_DEVICE inline float log2(float x) noexcept {
#if defined(__clang__) && !defined(__CUDA_ARCH__) && !defined(__HIP_DEVICE_COMPILE__)
#pragma clang fp contract(off)
#endif
    using mojo::detail::bit_copy;
    using mojo::detail::mul_no_fma;
    const std::uint32_t ab = bit_copy<std::uint32_t>(x) & 0x7fffffffu;
    const bool sub = ab - 1u < 0x7fffffu;
    const float xs = sub ? mul_no_fma(x, 0x1p23f) : x;
    const std::uint32_t b = bit_copy<std::uint32_t>(xs);
    const std::int32_t ef = static_cast<std::int32_t>((b >> 23) & 0xff);
    std::int32_t e = ef - 126;
    if (ef == 0xff || !(xs < 0.0f || xs > 0.0f)) e = 0;
    if (sub) e -= 23;
    const float m = bit_copy<float>((b & 0x807fffffu) | 0x3f000000u);
    float x1 = (ef != 0xff ? 0.0f : xs) + m;
    if (!(xs < 0.0f || xs > 0.0f)) x1 = 0.0f;
    const bool lt = 0.7071067690849304f > x1;
    if (lt) {
        e -= 1;
        x1 = x1 + x1;
    }
    const float de = static_cast<float>(e);
    x1 = x1 + -1.0f;
    const float x2 = mul_no_fma(x1, x1);
    const float x3 = mul_no_fma(x1, x2);
    const float c[] = {0.3333333134651184f,  -0.24999994039535522f, 0.2000071406364441f,
                       -0.16668057441711426f, 0.14249323308467865f,  -0.12420140951871872f,
                       0.11676998436450958f,  -0.11514610052108765f, 0.07037683576345444f};
    float y = mul_no_fma(x3, detail::horner(x1, c));
    y = x1 + std::fma(x2, -0.5f, y);
    y = std::fma(y, 1.4426950216293335f, de);
    if (x == HUGE_VALF) y = HUGE_VALF;
    float r = x > 0.0f ? y : NAN;
    if (x == 0.0f) r = -HUGE_VALF;
    return r;
}

// log10: FreeBSD e_log10.c (k_log1p kernel, log10(2) and 1/ln(10) split in
// two), with Mojo's fusions; exact to the bit against Mojo 1.2.
MOJO_HOST_DEVICE inline double log10(double x) noexcept {
#if defined(__clang__) && !defined(__CUDA_ARCH__) && !defined(__HIP_DEVICE_COMPILE__)
#pragma clang fp contract(off)
#endif
    using mojo::detail::bit_copy;
    using mojo::detail::mul_no_fma;
    if (x != x) return NAN;
    if (x == 0.0) return -HUGE_VAL;
    if (x < 0.0) return NAN;
    if (x == HUGE_VAL) return HUGE_VAL;
    const detail::Frexp64 fr = detail::frexp_bits(x);
    const bool lt = fr.m < 0.7071067811865476;
    const double dk = static_cast<double>(fr.k - (lt ? 1 : 0));
    const double f = ((lt ? fr.m : -0.0) + fr.m) + -1.0;
    const double hfsq = mul_no_fma(f, mul_no_fma(f, 0.5));
    const double s = f / (f + 2.0);
    const double hr = hfsq + detail::k_log_R(s);
    const double hi = bit_copy<double>(bit_copy<std::uint64_t>(f - hfsq) & 0xffffffff00000000ULL);
    const double lo = std::fma(s, hr, (f - hi) - hfsq);
    const double val_hi = mul_no_fma(hi, 0.4342944818781689);
    const double y2 = mul_no_fma(dk, 0.30102999566361177);
    const double val_lo = std::fma(0.4342944818781689, lo,
                                   std::fma(dk, 3.694239077158931e-13, mul_no_fma(lo + hi, 2.5082946711645275e-11)));
    const double w = y2 + val_hi;
    return w + (((y2 - w) + val_hi) + val_lo);
}
// Float32: FreeBSD e_log10f.c with the k_logf kernel, the same way.
MOJO_HOST_DEVICE inline float log10(float x) noexcept {
#if defined(__clang__) && !defined(__CUDA_ARCH__) && !defined(__HIP_DEVICE_COMPILE__)
#pragma clang fp contract(off)
#endif
    using mojo::detail::bit_copy;
    using mojo::detail::mul_no_fma;
    if (x != x) return NAN;
    if (x == 0.0f) return -HUGE_VALF;
    if (x < 0.0f) return NAN;
    if (x == HUGE_VALF) return HUGE_VALF;
    const std::uint32_t b0 = bit_copy<std::uint32_t>(x);
    const bool low = (b0 & 0x7f800000u) == 0;
    const float xs =
        low ? std::copysign(mul_no_fma(static_cast<float>(static_cast<std::int32_t>(b0 & 0x7fffffu)), 0x1p-126f), x) : x;
    const std::uint32_t b = bit_copy<std::uint32_t>(xs);
    const std::int32_t ef = static_cast<std::int32_t>((b >> 23) & 0xff);
    const std::int32_t k0 = low ? ef - 149 : ef - 126;
    const float m = bit_copy<float>((b & 0x807fffffu) | 0x3f000000u);
    const bool lt = m < 0.7071067690849304f;
    const float dk = static_cast<float>(k0 - (lt ? 1 : 0));
    const float f = ((lt ? m : -0.0f) + m) + -1.0f;
    const float hfsq = mul_no_fma(f, mul_no_fma(f, 0.5f));
    const float s = f / (f + 2.0f);
    const float z = mul_no_fma(s, s);
    const float w = mul_no_fma(z, z);
    const float t1 = std::fma(w, 0.24279078841209412f, 0.40000972151756287f);
    const float t2 = std::fma(w, 0.2849878668785095f, 0.6666666269302368f);
    const float hr = hfsq + std::fma(w, t1, mul_no_fma(t2, z));
    const float hi = bit_copy<float>(bit_copy<std::uint32_t>(f - hfsq) & 0xfffff000u);
    const float lo = std::fma(s, hr, (f - hi) - hfsq);
    const float val_hi = mul_no_fma(hi, 0.434326171875f);
    const float y2 = mul_no_fma(dk, 0.3010292053222656f);
    const float val_lo = std::fma(0.434326171875f, lo,
                                  std::fma(dk, 7.903415166765626e-07f, mul_no_fma(lo + hi, -3.168997136526741e-05f)));
    const float wv = y2 + val_hi;
    return wv + (((y2 - wv) + val_hi) + val_lo);
}

// log1p: musl log1p (the rounding error of 1 + x is added back), with Mojo's
// fusions; exact to the bit against Mojo 1.2.
MOJO_HOST_DEVICE inline double log1p(double x) noexcept {
#if defined(__clang__) && !defined(__CUDA_ARCH__) && !defined(__HIP_DEVICE_COMPILE__)
#pragma clang fp contract(off)
#endif
    using mojo::detail::mul_no_fma;
    if (x != x || x == HUGE_VAL || x == 0.0) return x;
    if (x == -1.0) return -HUGE_VAL;
    if (x < -1.0) return NAN;
    const double u = x + 1.0;
    const detail::Frexp64 fr = detail::frexp_bits(u);
    const bool lt = fr.m < 0.7071067811865476;
    const std::int64_t k = fr.k - (lt ? 1 : 0);
    double dk = static_cast<double>(k);
    double f = ((lt ? fr.m : -0.0) + fr.m) + -1.0;
    double c = k >= 2 ? (x - u) + 1.0 : x - (u + -1.0);
    if (x < 0.41421356237309503 && x > -0.2928932188134525) {  // 1 + x in [sqrt(2)/2, sqrt(2))
        dk = 0.0;
        f = x;
        c = 0.0;
    }
    return detail::log1p_tail(f, dk, c / u);
}
MOJO_HOST_DEVICE inline float log1p(float x) noexcept {
#if defined(__clang__) && !defined(__CUDA_ARCH__) && !defined(__HIP_DEVICE_COMPILE__)
#pragma clang fp contract(off)
#endif
    if (x != x || x == HUGE_VALF || x == 0.0f) return x;
    if (x == -1.0f) return -HUGE_VALF;
    if (x < -1.0f) return NAN;
    const float u = x + 1.0f;
    const detail::Frexp32 fr = detail::frexp_bits(u);
    const bool lt = fr.m < 0.7071067690849304f;
    const std::int32_t k = fr.k - (lt ? 1 : 0);
    float dk = static_cast<float>(k);
    float f = ((lt ? fr.m : -0.0f) + fr.m) + -1.0f;
    float c = k >= 2 ? (x - u) + 1.0f : x - (u + -1.0f);
    if (x < 0.4142135679721832f && x > -0.2928932309150696f) {
        dk = 0.0f;
        f = x;
        c = 0.0f;
    }
    return detail::log1p_tail(f, dk, c / u);
}

}  // namespace mojo::math
