// mojo/math/exp.hpp -- math.exp, exp2, expm1 on Float64/Float32 as Mojo 1.2
// computes them on the CPU (see math.hpp for how these were reproduced):
//   * exp: Mojo's range reduction + Taylor polynomial (detail::mojo_exp, shared
//     with `**`), so exp(1.0) prints 2.7182818284590455, not libm's ...045;
//   * exp2 on Float64 is `2.0 ** x` (detail::mojo_pow), so exp2(0.5) prints
//     1.4142135623734946 and exp2(inf) is 1.0 (the exponent goes through Int32);
//   * exp2 on Float32 is a degree-5 polynomial on the fraction plus exponent
//     bits; its input is clamped to [-126, 126], so exp2(inf) is 2^126;
//   * expm1 is FreeBSD's s_expm1.c / s_expm1f.c, evaluated branch-free.
#pragma once

#include <cmath>
#include <cstdint>

#include "mojo/config.hpp"
#include "mojo/detail/float_pow.hpp"
#include "mojo/detail/mul_no_fma.hpp"
#include "mojo/math/horner.hpp"

namespace mojo::math {

MOJO_HOST_DEVICE inline double exp(double x) noexcept { return mojo::detail::mojo_exp(x); }
MOJO_HOST_DEVICE inline float exp(float x) noexcept { return mojo::detail::mojo_exp(x); }

MOJO_HOST_DEVICE inline double exp2(double x) noexcept { return mojo::detail::mojo_pow(2.0, x); }
MOJO_HOST_DEVICE inline float exp2(float x) noexcept {
    // SIMD.clamp is a compare-and-select: NaN becomes the upper bound.
    float xc = mojo::detail::select_max(mojo::detail::select_min(x, 126.0f), -126.0f);
    std::int32_t m = static_cast<std::int32_t>(xc);  // truncates; |xc| <= 126
    xc = xc - static_cast<float>(m);
    const float c[] = {1.0f, 0.693144857883f, 0.2401793301105f, 5.551834031939e-2f, 9.810352697968e-3f, 1.33336498402e-3f};
    float r = detail::horner(xc, c);
    std::uint32_t bits = mojo::detail::bit_copy<std::uint32_t>(r) + (static_cast<std::uint32_t>(m) << 23);
    return mojo::detail::bit_copy<float>(bits);
}

// fdlibm s_expm1.c, evaluated without branches as Mojo does (every case is
// computed and one is selected); the fused multiply-adds are where Mojo's
// compiler fuses them. NaN is returned as is, |x| < 2^-54 gives x.
MOJO_HOST_DEVICE inline double expm1(double x0) noexcept {
#if defined(__clang__) && !defined(__CUDA_ARCH__) && !defined(__HIP_DEVICE_COMPILE__)
#pragma clang fp contract(off)
#endif
    using mojo::detail::bit_copy;
    using mojo::detail::mul_no_fma;
    if (x0 != x0) return x0;
    if (x0 > 709.782712893384) return HUGE_VAL;
    if (x0 < -38.816242111356935) return -1.0;
    if (std::fabs(x0) < 5.551115123125783e-17) return x0;
    const double xc = mojo::detail::select_max(mojo::detail::select_min(x0, 710.0), -60.0);
    const double kf = std::nearbyint(mul_no_fma(xc, 1.4426950408889634));
    const std::int64_t k = static_cast<std::int64_t>(kf);
    const double hi = std::fma(kf, -6.93147180369123816490e-01, xc);
    const double lo = mul_no_fma(kf, 1.90821492927058770002e-10);
    const double x = hi - lo;
    const double c = (hi - x) - lo;
    const double hfx = mul_no_fma(x, 0.5);
    const double hxs = mul_no_fma(x, hfx);
    double r1 = std::fma(hxs, -2.0109921818362437e-07, 4.008217827329362e-06);
    r1 = std::fma(hxs, r1, -7.93650757867488e-05);
    r1 = std::fma(hxs, r1, 0.0015873015872548146);
    r1 = std::fma(hxs, r1, -0.03333333333333313);
    r1 = std::fma(hxs, r1, 1.0);
    const double t = std::fma(-r1, hfx, 3.0);
    const double e = mul_no_fma(hxs, (r1 - t) / std::fma(-x, t, 6.0));
    if (k == 0) return x - std::fma(x, e, -hxs);
    const double e3 = std::fma(x, e - c, -c) - hxs;
    if (k == -1) return std::fma(x - e3, 0.5, -0.5);
    if (k == 1) return x < -0.25 ? mul_no_fma(e3 - (x + 0.5), -2.0) : std::fma(x - e3, 2.0, 1.0);
    // 2^(k-1): the result is built as (2y) * 2^(k-1) so that k = 1024 works
    const double twopk_m1 = bit_copy<double>(static_cast<std::uint64_t>(0x3fe0000000000000ULL + (static_cast<std::uint64_t>(k) << 52)));
    const double em = e3 - x;
    if (k <= -2 || k > 56) {
        const double y = 1.0 - em;
        return std::fma(twopk_m1, y + y, -1.0);
    }
    const double twomk = bit_copy<double>(static_cast<std::uint64_t>(0x3ff0000000000000ULL - (static_cast<std::uint64_t>(k) << 52)));
    const double y = k < 20 ? (1.0 - twomk) - em : (x - (twomk + e3)) + 1.0;
    return mul_no_fma(y + y, twopk_m1);
}
// Float32: FreeBSD s_expm1f.c, evaluated the same way (exact to the bit against
// Mojo 1.2 on the sampled inputs).
MOJO_HOST_DEVICE inline float expm1(float x0) noexcept {
#if defined(__clang__) && !defined(__CUDA_ARCH__) && !defined(__HIP_DEVICE_COMPILE__)
#pragma clang fp contract(off)
#endif
    using mojo::detail::bit_copy;
    using mojo::detail::mul_no_fma;
    if (x0 != x0) return x0;
    if (x0 > 88.72283172607422f) return HUGE_VALF;
    if (x0 < -18.71497344970703f) return -1.0f;
    if (std::fabs(x0) < 2.9802322387695312e-08f) return x0;
    const float xc = mojo::detail::select_max(mojo::detail::select_min(x0, 89.0f), -30.0f);
    const float kf = std::nearbyint(mul_no_fma(xc, 1.4426950216293335f));
    const std::int32_t k = static_cast<std::int32_t>(kf);
    const float hi = std::fma(kf, -0.6931381225585938f, xc);
    const float lo = mul_no_fma(kf, 9.05800061445916e-06f);
    const float x = hi - lo;
    const float c = (hi - x) - lo;
    const float hfx = mul_no_fma(x, 0.5f);
    const float hxs = mul_no_fma(x, hfx);
    const float r1 = std::fma(hxs, std::fma(hxs, 0.0015807170420885086f, -0.03333321213722229f), 1.0f);
    const float t = std::fma(-r1, hfx, 3.0f);
    const float e = mul_no_fma(hxs, (r1 - t) / std::fma(-x, t, 6.0f));
    if (k == 0) return x - std::fma(x, e, -hxs);
    const float e3 = std::fma(x, e - c, -c) - hxs;
    if (k == -1) return std::fma(x - e3, 0.5f, -0.5f);
    if (k == 1) return x < -0.25f ? mul_no_fma(e3 - (x + 0.5f), -2.0f) : std::fma(x - e3, 2.0f, 1.0f);
    const float twopk_m1 =
        bit_copy<float>(static_cast<std::uint32_t>(0x3f000000u + (static_cast<std::uint32_t>(k) << 23)));
    const float em = e3 - x;
    if (k <= -2 || k > 56) {
        const float y = 1.0f - em;
        return std::fma(twopk_m1, y + y, -1.0f);
    }
    const float twomk = bit_copy<float>(static_cast<std::uint32_t>(0x3f800000u - (static_cast<std::uint32_t>(k) << 23)));
    const float y = k < 23 ? (1.0f - twomk) - em : (x - (twomk + e3)) + 1.0f;
    return mul_no_fma(y + y, twopk_m1);
}

}  // namespace mojo::math
