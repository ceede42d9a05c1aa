// mojo/math/cbrt.hpp -- math.cbrt on Float64/Float32 as Mojo 1.2 computes it.
//   Float64: FreeBSD/musl s_cbrt.c (bit-level estimate, a polynomial for
//   1/cbrt, rounding to 22 bits, one Halley step), the polynomial in Horner
//   form and the last step fused as Mojo's compiler does; exact to the bit
//   against Mojo 1.2 on the sampled inputs.
//   Float32: Mojo's own (FreeBSD s_cbrtf.c's estimate, one Halley step, a
//   Newton step with fma error-free products), likewise exact.
#pragma once

#include <cmath>
#include <cstdint>

#include "mojo/config.hpp"
#include "mojo/detail/float_pow.hpp"
#include "mojo/detail/mul_no_fma.hpp"

namespace mojo::math {

MOJO_HOST_DEVICE inline double cbrt(double x) noexcept {
#if defined(__clang__) && !defined(__CUDA_ARCH__) && !defined(__HIP_DEVICE_COMPILE__)
#pragma clang fp contract(off)
#endif
    using mojo::detail::bit_copy;
    using mojo::detail::mul_no_fma;
    const std::uint64_t b = bit_copy<std::uint64_t>(x);
    const std::uint32_t hx = static_cast<std::uint32_t>(b >> 32) & 0x7fffffffu;
    if (hx >= 0x7ff00000u) return x + x;  // inf, nan
    std::uint32_t ht;
    if (hx < 0x00100000u) {  // zero or subnormal
        const std::uint32_t h =
            static_cast<std::uint32_t>(bit_copy<std::uint64_t>(mul_no_fma(x, 0x1p54)) >> 32) & 0x7fffffffu;
        if (h == 0) return x + x;
        ht = h / 3 + 696219795u;
    } else {
        ht = hx / 3 + 715094163u;
    }
    double t = std::copysign(bit_copy<double>(static_cast<std::uint64_t>(ht) << 32), x);
    double r = mul_no_fma(mul_no_fma(t, t), t / x);
    const double p = std::fma(
        r, std::fma(r, std::fma(r, std::fma(r, 0.14599619288661245, -0.758397934778766), 1.6214297201053545),
                    -1.8849797954337717),
        1.87595182427177);
    t = mul_no_fma(t, p);
    t = bit_copy<double>((bit_copy<std::uint64_t>(t) + 0x80000000ULL) & 0xffffffffc0000000ULL);
    const double s = mul_no_fma(t, t);
    r = x / s;
    const double w = t + t;
    r = (r - t) / (w + r);
    return std::fma(t, r, t);
}
MOJO_HOST_DEVICE inline float cbrt(float x) noexcept {
#if defined(__clang__) && !defined(__CUDA_ARCH__) && !defined(__HIP_DEVICE_COMPILE__)
#pragma clang fp contract(off)
#endif
    using mojo::detail::bit_copy;
    using mojo::detail::mul_no_fma;
    const std::uint32_t ax = bit_copy<std::uint32_t>(x) & 0x7fffffffu;
    if (ax == 0 || ax >= 0x7f800000u) return x + x;  // +-0, inf, nan
    // x = 1.f * 2^(e - 150) (a subnormal is first converted from its integer significand)
    const std::uint32_t bits = ax < 0x800000u ? bit_copy<std::uint32_t>(static_cast<float>(ax)) : ax;
    const std::uint32_t e = ax < 0x800000u ? (bits >> 23) - 126u : (bits >> 23) + 23u;
    const std::uint32_t q = e / 3, r = e - 3 * q;
    const float m = bit_copy<float>((r << 23) + 0x3f800000u + (bits & 0x7fffffu));  // in [1, 8)
    const float scale = bit_copy<float>((q << 23) + 0x26800000u);                    // 2^(q - 50)
    float t = bit_copy<float>(bit_copy<std::uint32_t>(m) / 3u + 0x2a5119f2u);
    // one Halley step, then a Newton step with the error of t*t carried by fma
    float t3 = mul_no_fma(mul_no_fma(t, t), t);
    t = mul_no_fma(t, (m + m) + t3) / (t3 + (t3 + m));
    const float p = mul_no_fma(t, t);
    const float pe = std::fma(t, t, -p);
    float d = std::fma(-p, t, m);
    const float p3 = mul_no_fma(p, 3.0f);
    d = std::fma(-t, pe, d);
    const float y = mul_no_fma(t + d / p3, scale);
    return bit_copy<float>(bit_copy<std::uint32_t>(y) | (bit_copy<std::uint32_t>(x) & 0x80000000u));
}

}  // namespace mojo::math
