// mojo/math/trig.hpp -- math.sin, cos, tan, asin, acos, atan, atan2 on
// Float64/Float32 as Mojo 1.2 computes them on the CPU:
//   * sin, cos (both types), asin, acos (Float64): libm, as Mojo calls it;
//   * asin, acos (Float32): Mojo's own Sleef-derived polynomials, which clamp:
//     acos(Float32(2.0)) and acos(Float32(nan)) are 0.0;
//   * tan: Cody-Waite reduction below 1572864 (Float32: 24576), Payne-Hanek
//     above, then Cephes tan's rational function with the quadrant handled in
//     double-word arithmetic;
//   * atan: Cephes atan (Float64), FreeBSD s_atanf.c (Float32);
//   * atan2: min/max ratio through atan plus a first-order correction, with the
//     pi/2 and pi offsets added in double-word arithmetic.
// All exact to the bit against Mojo 1.2 on the sampled inputs.
#pragma once

#include <cmath>
#include <cstdint>

#include "mojo/config.hpp"
#include "mojo/detail/float_pow.hpp"
#include "mojo/detail/mul_no_fma.hpp"
#include "mojo/math/horner.hpp"

namespace mojo::math {

MOJO_HOST_DEVICE inline double sin(double x) noexcept { return ::sin(x); }
MOJO_HOST_DEVICE inline float sin(float x) noexcept { return ::sinf(x); }
MOJO_HOST_DEVICE inline double cos(double x) noexcept { return ::cos(x); }
MOJO_HOST_DEVICE inline float cos(float x) noexcept { return ::cosf(x); }
namespace detail {

// 64 bits of 2/pi starting at bit `pos` (bit 1 is the first after the point;
// bits at pos <= 0 are the integer part, 0). The table is a local so that
// device code can index it too.
MOJO_HOST_DEVICE inline std::uint64_t two_over_pi_bits(std::int64_t pos) noexcept {
    const std::uint64_t kTwoOverPi[] = {
        0xa2f9836e4e441529ULL, 0xfc2757d1f534ddc0ULL, 0xdb6295993c439041ULL, 0xfe5163abdebbc561ULL,
        0xb7246e3a424dd2e0ULL, 0x06492eea09d1921cULL, 0xfe1deb1cb129a73eULL, 0xe88235f52ebb4484ULL,
        0xe99c7026b45f7e41ULL, 0x3991d639835339f4ULL, 0x9c845f8bbdf9283bULL, 0x1ff897ffde05980fULL,
        0xef2f118b5a0a6d1fULL, 0x6d367ecf27cb09b7ULL, 0x4f463f669e5fea2dULL, 0x7527bac7ebe5f17bULL,
        0x3d0739f78a5292eaULL, 0x6bfb5fb11f8d5d08ULL, 0x56033046fc7b6babULL, 0xf0cfbc209af4361dULL,
        0xa9e391615ee61b08ULL, 0x6599855f14a06840ULL};
    // word-wise: the bits straddle at most two words
    if (pos >= 1) {
        const std::int64_t i = (pos - 1) / 64, sh = (pos - 1) % 64;
        const std::uint64_t hi = kTwoOverPi[i] << sh;
        const std::uint64_t lo = sh == 0 ? 0 : kTwoOverPi[i + 1] >> (64 - sh);
        return hi | lo;
    }
    if (pos <= -63) return 0;
    // the first 1 - pos bits are zeros (integer part), then the table from bit 1
    return kTwoOverPi[0] >> (1 - pos);
}

struct Reduced {
    std::int64_t n;  // quadrant count (only n mod 2 / mod 4 matter)
    double hi, lo;   // |x| - n*pi/2 = hi + lo, |hi + lo| <= pi/4
};

// Payne-Hanek for finite |x| >= 2^20 or so, as Mojo 1.2: 128 fractional bits
// of |x| * 2/pi (exact), taken as a signed fraction of a quarter turn in
// three pieces (53 + 53 + 22 bits), summed and multiplied by pi/2 in
// double-double.
MOJO_HOST_DEVICE inline Reduced payne_hanek(double ax) noexcept {
    using mojo::detail::bit_copy;
    using mojo::detail::mul_no_fma;
    using u128 = unsigned __int128;
    const std::uint64_t b = bit_copy<std::uint64_t>(ax);
    const std::int64_t E = static_cast<std::int64_t>(b >> 52) - 1075;
    const std::uint64_t m = (b & 0x000fffffffffffffULL) | 0x0010000000000000ULL;
    const std::int64_t s = E - 1;
    const std::uint64_t w[4] = {two_over_pi_bits(s), two_over_pi_bits(s + 64), two_over_pi_bits(s + 128),
                                two_over_pi_bits(s + 192)};
    // P = m * W, five 64-bit limbs, p[0] least significant; x*2/pi = P * 2^-254
    std::uint64_t p[5] = {0, 0, 0, 0, 0};
    u128 carry = 0;
    for (int i = 3; i >= 0; --i) {
        const u128 t = static_cast<u128>(m) * w[i] + carry;
        p[3 - i] = static_cast<std::uint64_t>(t);
        carry = t >> 64;
    }
    p[4] = static_cast<std::uint64_t>(carry);
    // quadrant: bits 254..255; fraction: bits 253..126
    const std::uint64_t quadrant = (p[3] >> 62) & 3u;
    const std::uint64_t fhi = (p[3] << 2) | (p[2] >> 62);
    const std::uint64_t flo = (p[2] << 2) | (p[1] >> 62);
    Reduced r;
    r.n = static_cast<std::int64_t>(quadrant + (fhi >> 63));
    const std::int64_t a = static_cast<std::int64_t>(fhi) >> 11;
    const std::uint64_t bb = ((fhi & 0x7ffu) << 42) | (flo >> 22);
    const std::uint64_t c = flo & 0x3fffffu;
    const double A = mul_no_fma(static_cast<double>(a), 0x1p-53);
    const double B = mul_no_fma(static_cast<double>(static_cast<std::int64_t>(bb)), 0x1p-106);
    const double sm = A + B;
    const double bv = sm - A;
    double lo = (B - bv) + (A - (sm - bv));
    lo = std::fma(static_cast<double>(static_cast<std::int64_t>(c << 31)), 0x1p-159, lo);
    double t = mul_no_fma(lo, 1.5707963267948966);
    t = std::fma(sm, 6.123233995736766e-17, t);
    r.hi = std::fma(1.5707963267948966, sm, t);
    r.lo = std::fma(1.5707963267948966, sm, -r.hi) + t;
    return r;
}

// Cody-Waite for |x| < 1572864: k = floor(x * 2/pi + 1/2), x - k*pi/2 with
// pi/2 in three pieces and two-sums, as Mojo 1.2.
MOJO_HOST_DEVICE inline Reduced cody_waite(double x) noexcept {
    using mojo::detail::mul_no_fma;
    const double k = std::floor(std::fma(x, 0.6366197723675814, 0.5));
    const double r1 = std::fma(-k, 1.5707963267948966, x);
    const double t = mul_no_fma(k, -6.12323399538461e-17);
    const double s = r1 + t;
    double bv = s - r1;
    double err = (t - bv) + (r1 - (s - bv));
    err = std::fma(k, -3.5215598651832e-27, err);
    Reduced r;
    r.hi = s + err;
    bv = r.hi - s;
    r.lo = (err - bv) + (s - (r.hi - bv));
    r.n = static_cast<std::int64_t>(k);
    return r;
}

}  // namespace detail

// tan on Float64: Mojo 1.2's own: the reduction above, then Cephes tan's
// rational function on hi + lo, and -1/y with a correction for odd quadrants.
MOJO_HOST_DEVICE inline double tan(double x) noexcept {
#if defined(__clang__) && !defined(__CUDA_ARCH__) && !defined(__HIP_DEVICE_COMPILE__)
#pragma clang fp contract(off)
#endif
    using mojo::detail::mul_no_fma;
    if (x == 0.0) return x;
    if (!(x - x == 0.0)) return x - x;  // inf, nan
    detail::Reduced r;
    if (std::fabs(x) >= 1572864.0) {
        r = detail::payne_hanek(std::fabs(x));
        if (x < 0.0) {
            r.hi = -r.hi;
            r.lo = -r.lo;
        }
    } else {
        r = detail::cody_waite(x);
    }
    const double z = mul_no_fma(r.hi, r.hi);
    double p = std::fma(z, -13093.693918138379, 1153516.6483858742);
    p = std::fma(z, p, -17956525.197648488);
    double q = z + 13681.296347069296;
    q = std::fma(z, q, -1320892.3444021097);
    q = std::fma(z, q, 25008380.18233579);
    q = std::fma(z, q, -53869575.592945464);
    const double t = mul_no_fma(z, p) / q;
    const double e = std::fma(r.hi, t, std::fma(z, r.lo, r.lo));
    const double y = r.hi + e;
    if ((r.n & 1) == 0) return y;
    const double ylo = e - (y - r.hi);
    const double inv = -1.0 / y;
    double c = std::fma(y, inv, 1.0);
    c = std::fma(ylo, inv, c);
    return std::fma(c, inv, inv);
}

namespace detail {
struct Reduced32 {
    std::int32_t n;
    float hi, lo;
};
// Float32 Payne-Hanek: the same exact bits of |x| * 2/pi, the fraction taken as
// 24 + 24 + 24 bits and multiplied by pi/2 in float-float.
MOJO_HOST_DEVICE inline Reduced32 payne_hanek(float ax) noexcept {
    using mojo::detail::bit_copy;
    using mojo::detail::mul_no_fma;
    using u128 = unsigned __int128;
    const std::uint32_t b = bit_copy<std::uint32_t>(ax);
    const std::int64_t E = static_cast<std::int64_t>(b >> 23) - 150;
    const std::uint64_t m = (b & 0x7fffffu) | 0x800000u;
    const std::int64_t s = E - 1;
    const std::uint64_t w[4] = {two_over_pi_bits(s), two_over_pi_bits(s + 64), two_over_pi_bits(s + 128),
                                two_over_pi_bits(s + 192)};
    std::uint64_t p[5] = {0, 0, 0, 0, 0};
    u128 carry = 0;
    for (int i = 3; i >= 0; --i) {
        const u128 t = static_cast<u128>(m) * w[i] + carry;
        p[3 - i] = static_cast<std::uint64_t>(t);
        carry = t >> 64;
    }
    const std::uint64_t quadrant = (p[3] >> 62) & 3u;
    const std::uint64_t fhi = (p[3] << 2) | (p[2] >> 62);
    const std::uint64_t flo = (p[2] << 2) | (p[1] >> 62);
    Reduced32 r;
    r.n = static_cast<std::int32_t>(quadrant + (fhi >> 63));
    const std::int64_t a = static_cast<std::int64_t>(fhi) >> 40;
    const std::uint64_t bb = (fhi >> 16) & 0xffffffu;
    const std::uint64_t c = ((fhi & 0xffffu) << 8) | (flo >> 56);
    const float A = mul_no_fma(static_cast<float>(a), 0x1p-24f);
    const float B = mul_no_fma(static_cast<float>(static_cast<std::int64_t>(bb)), 0x1p-48f);
    const float sm = A + B;
    const float bv = sm - A;
    float lo = (B - bv) + (A - (sm - bv));
    lo = std::fma(static_cast<float>(static_cast<std::int64_t>(c)), 0x1p-72f, lo);
    float t = mul_no_fma(lo, 1.5707963705062866f);
    t = std::fma(sm, -4.371138828673793e-08f, t);
    r.hi = std::fma(1.5707963705062866f, sm, t);
    r.lo = std::fma(1.5707963705062866f, sm, -r.hi) + t;
    return r;
}
// Float32 Cody-Waite below 24576: pi/2 in four pieces.
MOJO_HOST_DEVICE inline Reduced32 cody_waite(float x) noexcept {
    using mojo::detail::mul_no_fma;
    const float k = std::floor(std::fma(x, 0.6366197466850281f, 0.5f));
    const float r1 = std::fma(-k, 1.5707963705062866f, x);
    const float t = mul_no_fma(k, 4.371395334601402e-08f);
    const float s1 = r1 + t;
    float bv = s1 - r1;
    const float err1 = (t - bv) + (r1 - (s1 - bv));
    const float t2 = mul_no_fma(k, -2.5650592760939617e-12f);
    const float s2 = t2 + s1;
    bv = s2 - s1;
    const float err2 = (t2 - bv) + (s1 - (s2 - bv));
    const float e = std::fma(k, 1.7151245100058819e-15f, err2 + err1);
    Reduced32 r;
    r.hi = s2 + e;
    bv = r.hi - s2;
    r.lo = (e - bv) + (s2 - (r.hi - bv));
    r.n = static_cast<std::int32_t>(k);
    return r;
}
}  // namespace detail

// Float32 tan: the same scheme with Mojo's float32 reduction and polynomial.
MOJO_HOST_DEVICE inline float tan(float x) noexcept {
#if defined(__clang__) && !defined(__CUDA_ARCH__) && !defined(__HIP_DEVICE_COMPILE__)
#pragma clang fp contract(off)
#endif
    using mojo::detail::mul_no_fma;
    if (x == 0.0f) return x;
    if (!(x - x == 0.0f)) return x - x;
    detail::Reduced32 r;
    if (std::fabs(x) >= 24576.0f) {
        r = detail::payne_hanek(std::fabs(x));
        if (x < 0.0f) {
            r.hi = -r.hi;
            r.lo = -r.lo;
        }
    } else {
        r = detail::cody_waite(x);
    }
    const float z = mul_no_fma(r.hi, r.hi);
    float p = std::fma(z, 0.004381844773888588f, 7.853933493606746e-05f);
    p = std::fma(z, p, 0.010844247415661812f);
    p = std::fma(z, p, 0.021279029548168182f);
    p = std::fma(z, p, 0.05406050756573677f);
    p = std::fma(z, p, 0.13332659006118774f);
    p = std::fma(z, p, 0.33333349227905273f);
    const float e = std::fma(p, mul_no_fma(r.hi, z), std::fma(z, r.lo, r.lo));
    const float y = r.hi + e;
    if ((r.n & 1) == 0) return y;
    const float ylo = e - (y - r.hi);
    const float inv = -1.0f / y;
    float c = std::fma(y, inv, 1.0f);
    c = std::fma(ylo, inv, c);
    return std::fma(c, inv, inv);
}

// Cephes atan: three ranges (|x| <= 0.66, <= tan(3pi/8), above), then a
// rational function in z^2; Mojo fuses the Horner steps and z + z*t.
MOJO_HOST_DEVICE inline double atan(double x) noexcept {
#if defined(__clang__) && !defined(__CUDA_ARCH__) && !defined(__HIP_DEVICE_COMPILE__)
#pragma clang fp contract(off)
#endif
    using mojo::detail::mul_no_fma;
    const double ax = std::fabs(x);
    double z, y, more;
    if (ax > 2.414213562373095) {  // tan(3pi/8)
        z = -1.0 / ax;
        y = 1.5707963267948966;
        more = 6.123233995736766e-17;
    } else if (ax > 0.66) {
        z = (ax - 1.0) / (ax + 1.0);
        y = 0.7853981633974483;
        more = 3.061616997868383e-17;
    } else {  // NaN too
        z = ax;
        y = 0.0;
        more = 0.0;
    }
    const double zz = mul_no_fma(z, z);
    double p = std::fma(zz, -0.8750608600031904, -16.157537187333652);
    p = std::fma(zz, p, -75.00855792314705);
    p = std::fma(zz, p, -122.88666844901361);
    p = std::fma(zz, p, -64.85021904942025);
    double q = zz + 24.858464901423062;
    q = std::fma(zz, q, 165.02700983169885);
    q = std::fma(zz, q, 432.88106049129027);
    q = std::fma(zz, q, 485.3903996359137);
    q = std::fma(zz, q, 194.5506571482614);
    const double r = std::fma(z, mul_no_fma(zz, p) / q, z);
    return std::copysign(y + (more + r), x);
}
// Float32 atan: FreeBSD s_atanf.c (five ranges, atanhi/atanlo tables), the
// polynomial in one Horner chain, as Mojo 1.2 evaluates it.
MOJO_HOST_DEVICE inline float atan(float x) noexcept {
#if defined(__clang__) && !defined(__CUDA_ARCH__) && !defined(__HIP_DEVICE_COMPILE__)
#pragma clang fp contract(off)
#endif
    using mojo::detail::bit_copy;
    using mojo::detail::mul_no_fma;
    if ((bit_copy<std::uint32_t>(x) & 0x7fffffffu) < 0x39800000u) return x;  // |x| < 2^-12
    const float ax = std::fabs(x);
    float xr = ax, hi = 0.0f, nlo = -0.0f;
    if (ax >= 2.4375f) {
        xr = -1.0f / ax;
        hi = 1.570796251296997f;
        nlo = -7.549789415861596e-08f;
    } else if (ax >= 1.1875f) {
        xr = (ax + -1.5f) / std::fma(ax, 1.5f, 1.0f);
        hi = 0.9827936887741089f;
        nlo = -3.447321716976148e-08f;
    } else if (ax >= 0.6875f) {
        xr = (ax + -1.0f) / (ax + 1.0f);
        hi = 0.7853981256484985f;
        nlo = -3.774894707930798e-08f;
    } else if (ax >= 0.4375f) {
        xr = ((ax + ax) + -1.0f) / (ax + 2.0f);
        hi = 0.46364760398864746f;
        nlo = -5.01215824399992e-09f;
    }
    const float z = mul_no_fma(xr, xr);
    float p = std::fma(z, 0.06168760731816292f, -0.106480173766613f);
    p = std::fma(z, p, 0.14253635704517365f);
    p = std::fma(z, p, -0.19999158382415771f);
    p = std::fma(z, p, 0.333333283662796f);
    const float r = hi + (xr - std::fma(xr, mul_no_fma(z, p), nlo));
    return std::copysign(r, x);
}

// atan2: Mojo 1.2's own: t = min/max of |y|, |x| (both scaled by 2^128 when
// the smaller is tiny), atan(t) with Cephes atan above, plus a first-order
// correction for the rounding of t, then pi/2 - a and pi - a with their
// rounding errors carried (two-sum style); the sign of y last.
MOJO_HOST_DEVICE inline double atan2(double y, double x) noexcept {
#if defined(__clang__) && !defined(__CUDA_ARCH__) && !defined(__HIP_DEVICE_COMPILE__)
#pragma clang fp contract(off)
#endif
    using mojo::detail::bit_copy;
    using mojo::detail::mul_no_fma;
    if (x != x || y != y) return x + y;
    constexpr std::uint64_t kInf = 0x7ff0000000000000ULL, kMant = 0x000fffffffffffffULL;
    const std::uint64_t ax = bit_copy<std::uint64_t>(x) & 0x7fffffffffffffffULL;
    const std::uint64_t ay = bit_copy<std::uint64_t>(y) & 0x7fffffffffffffffULL;
    const std::uint64_t mn = ax < ay ? ax : ay;
    const std::uint64_t mx = ax > ay ? ax : ay;
    double a_min = bit_copy<double>(mn), a_max = bit_copy<double>(mx);
    if ((mn >> 53) < 27) {  // the smaller is below 2^-969: scale both by 2^128
        a_min = (mn >> 52) == 0 ? mul_no_fma(static_cast<double>(static_cast<std::int64_t>(mn & kMant)), 0x1p-946)
                                : mul_no_fma(a_min, 0x1p128);
        a_max = (mx >> 52) == 0 ? mul_no_fma(static_cast<double>(static_cast<std::int64_t>(mx & kMant)), 0x1p-946)
                                : mul_no_fma(a_max, 0x1p128);
    }
    double t = a_max == 0.0 ? 0.0 : a_min / a_max;
    if (ax == kInf && ay == kInf) t = 1.0;
    double a = atan(t);
    double corr = 0.0;
    if (a_min >= 0x1p-969 && a_max != HUGE_VAL) corr = (std::fma(-t, a_max, a_min) / a_max) / std::fma(t, t, 1.0);
    if (ay > ax) {
        const double hi = 1.5707963267948966 - a;
        const double err = (1.5707963267948966 - hi) - a;
        corr = (6.123233995736766e-17 - corr) + err;
        a = hi;
    }
    if (bit_copy<std::uint64_t>(x) >> 63) {
        const double hi = 3.141592653589793 - a;
        const double err = (3.141592653589793 - hi) - a;
        corr = err + (1.2246467991473532e-16 - corr);
        a = hi;
    }
    return std::copysign(a + corr, y);
}

// Float32 atan2: the same scheme in float (scaling by 2^64, s_atanf kernel),
// plus Mojo's correctly rounded path for x > 0 when |y/x| is below 2^-125
// (the quotient built from the significands and rounded by hand).
MOJO_HOST_DEVICE inline float atan2(float y, float x) noexcept {
#if defined(__clang__) && !defined(__CUDA_ARCH__) && !defined(__HIP_DEVICE_COMPILE__)
#pragma clang fp contract(off)
#endif
    using mojo::detail::bit_copy;
    using mojo::detail::mul_no_fma;
    if (x != x || y != y) return x + y;
    constexpr std::uint32_t kInf = 0x7f800000u, kMant = 0x7fffffu;
    const std::uint32_t ay = bit_copy<std::uint32_t>(y) & 0x7fffffffu;
    const std::uint32_t ax = bit_copy<std::uint32_t>(x) & 0x7fffffffu;
    const std::uint32_t bx = bit_copy<std::uint32_t>(x);
    // the tiny-quotient path
    if (ay != 0 && ax < kInf && static_cast<std::int32_t>(bx) > 0) {
        const std::uint32_t ny = ay >= 0x800000u ? ay : bit_copy<std::uint32_t>(static_cast<float>(ay));
        const std::uint32_t nx = ax >= 0x800000u ? ax : bit_copy<std::uint32_t>(static_cast<float>(ax));
        const std::int32_t adj_y = ay >= 0x800000u ? 0 : -149;
        const std::int32_t adj = ax >= 0x800000u ? adj_y : adj_y + 149;
        const std::int32_t d = (static_cast<std::int32_t>(ny >> 23) + adj) - static_cast<std::int32_t>(nx >> 23);
        if (d < -125) {
            std::int32_t e = d >= -149 ? d : -150;
            if (!(e < -126)) e = -126;
            const float scale = bit_copy<float>((static_cast<std::uint32_t>(e) << 23) + 0x8a000000u);
            const float my = bit_copy<float>((ny & kMant) | 0x3f800000u);
            const float mx = bit_copy<float>((nx & kMant) | 0x3f800000u);
            const float N = mul_no_fma(my, scale);
            const float q = std::floor(N / mx);
            const float rem = std::fma(-q, mx, N);
            std::int32_t bits = static_cast<std::int32_t>(q) + (rem > mul_no_fma(mx, 0.5f) ? 1 : 0);
            if (d < -150) bits = 0;
            return bit_copy<float>(static_cast<std::uint32_t>(bits) | (bit_copy<std::uint32_t>(y) & 0x80000000u));
        }
    }
    const std::uint32_t mn = ax < ay ? ax : ay;
    const std::uint32_t mx = ax > ay ? ax : ay;
    float a_min = bit_copy<float>(mn), a_max = bit_copy<float>(mx);
    if (mn < 0x0c800000u) {  // the smaller is below 2^-102: scale both by 2^64
        a_min = mn < 0x800000u ? mul_no_fma(static_cast<float>(static_cast<std::int32_t>(mn & kMant)), 0x1p-85f)
                               : mul_no_fma(a_min, 0x1p64f);
        a_max = mx < 0x800000u ? mul_no_fma(static_cast<float>(static_cast<std::int32_t>(mx & kMant)), 0x1p-85f)
                               : mul_no_fma(a_max, 0x1p64f);
    }
    float t = a_max == 0.0f ? 0.0f : a_min / a_max;
    if (ax == kInf && ay == kInf) t = 1.0f;
    float a = atan(t);
    float corr = 0.0f;
    if (a_min >= 0x1p-102f && a_max != HUGE_VALF) corr = (std::fma(-t, a_max, a_min) / a_max) / std::fma(t, t, 1.0f);
    if (ay > ax) {
        const float hi = 1.5707963705062866f - a;
        const float err = (1.5707963705062866f - hi) - a;
        corr = (-4.371138828673793e-08f - corr) + err;
        a = hi;
    }
    if (bx >> 31) {
        const float hi = 3.1415927410125732f - a;
        const float err = (3.1415927410125732f - hi) - a;
        corr = err + (-8.742277657347586e-08f - corr);
        a = hi;
    }
    return std::copysign(a + corr, y);
}

MOJO_HOST_DEVICE inline double asin(double x) noexcept { return ::asin(x); }
MOJO_HOST_DEVICE inline double acos(double x) noexcept { return ::acos(x); }

namespace detail {
// Remez coefficients of asin(x)/x - 1 in x^2 (Sleef), shared by asin and acos.
MOJO_HOST_DEVICE inline float asin_poly(float x2) noexcept {
    const float c[] = {0.1666677296e0f, 0.7495029271e-1f, 0.4547423869e-1f, 0.2424046025e-1f, 0.4197454825e-1f};
    return horner(x2, c);
}
}  // namespace detail

MOJO_HOST_DEVICE inline float asin(float x) noexcept {
#if defined(__clang__) && !defined(__CUDA_ARCH__) && !defined(__HIP_DEVICE_COMPILE__)
#pragma clang fp contract(off)
#endif
    using mojo::detail::mul_no_fma;
    const float ax = std::fabs(x);
    const bool small = ax < 0.5f;
    // |x| >= 1/2: asin(x) = pi/2 - 2 asin(sqrt((1 - |x|) / 2))
    const float d2 = small ? mul_no_fma(x, x) : mul_no_fma(1.0f - ax, 0.5f);
    const float d = small ? ax : std::sqrt(d2);
    const float poly = std::fma(detail::asin_poly(d2), mul_no_fma(d, d2), d);
    const float r = small ? poly : 1.57079632679489661923f - mul_no_fma(2.0f, poly);
    return std::copysign(r, x);
}

MOJO_HOST_DEVICE inline float acos(float x) noexcept {
#if defined(__clang__) && !defined(__CUDA_ARCH__) && !defined(__HIP_DEVICE_COMPILE__)
#pragma clang fp contract(off)
#endif
    using mojo::detail::mul_no_fma;
    // clamp(|x|, 0, 1) is compare-and-select: NaN becomes 1
    const float ax = mojo::detail::select_max(mojo::detail::select_min(std::fabs(x), 1.0f), 0.0f);
    const bool small = ax < 0.5f;
    const float x2 = small ? mul_no_fma(x, x) : mul_no_fma(1.0f - ax, 0.5f);
    float d = small ? std::fabs(x) : std::sqrt(x2);
    if (ax == 1.0f) d = 0.0f;
    const float poly = mul_no_fma(detail::asin_poly(x2), mul_no_fma(x2, d));
    const float y = 1.57079632679489661923f - (std::copysign(d, x) + std::copysign(poly, x));
    const float r = small ? y : mul_no_fma(2.0f, d + poly);
    return (!small && x < 0.0f) ? 3.14159265358979323846f - r : r;
}

}  // namespace mojo::math
