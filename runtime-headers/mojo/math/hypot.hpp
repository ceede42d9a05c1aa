// mojo/math/hypot.hpp -- math.hypot and math.remainder on Float64/Float32.
//   hypot, Float64: Mojo 1.2's own: both arguments scaled by a power of two
//   picked from the larger one's exponent (subnormals rebuilt from their
//   significands), sqrt(fma(a, a, b*b)), scaled back; inf if either is
//   infinite (even with a NaN), else NaN if either is NaN. Exact to the bit
//   against Mojo 1.2 on the sampled inputs; Float32 the same in float.
//   remainder: IEEE x - n*y, n = x/y rounded to even. Mojo has its own exact
//   implementation; the result is exact, so libm's is the same value.
#pragma once

#include <cmath>
#include <cstdint>

#include "mojo/config.hpp"
#include "mojo/detail/float_pow.hpp"
#include "mojo/detail/mul_no_fma.hpp"

namespace mojo::math {

MOJO_HOST_DEVICE inline double hypot(double x, double y) noexcept {
#if defined(__clang__) && !defined(__CUDA_ARCH__) && !defined(__HIP_DEVICE_COMPILE__)
#pragma clang fp contract(off)
#endif
    using mojo::detail::bit_copy;
    using mojo::detail::mul_no_fma;
    constexpr std::uint64_t kMant = 0x000fffffffffffffULL;
    const std::uint64_t ax = bit_copy<std::uint64_t>(x) & 0x7fffffffffffffffULL;
    const std::uint64_t ay = bit_copy<std::uint64_t>(y) & 0x7fffffffffffffffULL;
    if (ax == 0x7ff0000000000000ULL || ay == 0x7ff0000000000000ULL) return HUGE_VAL;
    if (x != x || y != y) return NAN;
    const std::uint64_t hi = ax > ay ? ax : ay;
    const std::uint64_t lo = ax < ay ? ax : ay;
    const std::int64_t ex = static_cast<std::int64_t>(hi >> 52);
    std::int64_t e = ex == 0 ? 1 : ex;
    if (e > 0x7fd) e = 0x7fd;
    const double scale = bit_copy<double>(static_cast<std::uint64_t>(e) << 52);
    const double inv = bit_copy<double>(0x7fe0000000000000ULL - (static_cast<std::uint64_t>(e) << 52));
    double a = mul_no_fma(bit_copy<double>(hi), inv);
    double b = (lo >> 52) == 0 ? 0.0 : mul_no_fma(bit_copy<double>(lo), inv);
    std::int64_t e2 = -51 - e;
    if (e2 < -1021) e2 = -1022;
    const double sc2 = bit_copy<double>(0x3ff0000000000000ULL + (static_cast<std::uint64_t>(e2) << 52));
    if (ex == 0) a = mul_no_fma(static_cast<double>(static_cast<std::int64_t>(hi & kMant)), sc2);
    if ((lo >> 52) == 0 && ex < 972) b = mul_no_fma(static_cast<double>(static_cast<std::int64_t>(lo & kMant)), sc2);
    return mul_no_fma(std::sqrt(std::fma(a, a, mul_no_fma(b, b))), scale);
}
MOJO_HOST_DEVICE inline float hypot(float x, float y) noexcept {
#if defined(__clang__) && !defined(__CUDA_ARCH__) && !defined(__HIP_DEVICE_COMPILE__)
#pragma clang fp contract(off)
#endif
    using mojo::detail::bit_copy;
    using mojo::detail::mul_no_fma;
    constexpr std::uint32_t kMant = 0x7fffffu;
    const std::uint32_t ax = bit_copy<std::uint32_t>(x) & 0x7fffffffu;
    const std::uint32_t ay = bit_copy<std::uint32_t>(y) & 0x7fffffffu;
    if (ax == 0x7f800000u || ay == 0x7f800000u) return HUGE_VALF;
    if (x != x || y != y) return NAN;
    const std::uint32_t hi = ax > ay ? ax : ay;
    const std::uint32_t lo = ax < ay ? ax : ay;
    const std::int32_t ex = static_cast<std::int32_t>(hi >> 23);
    std::int32_t e = ex == 0 ? 1 : ex;
    if (e > 0xfd) e = 0xfd;
    const float scale = bit_copy<float>(static_cast<std::uint32_t>(e) << 23);
    const float inv = bit_copy<float>(0x7f000000u - (static_cast<std::uint32_t>(e) << 23));
    float a = mul_no_fma(bit_copy<float>(hi), inv);
    float b = lo < 0x800000u ? 0.0f : mul_no_fma(bit_copy<float>(lo), inv);
    std::int32_t e2 = -22 - e;
    if (e2 < -125) e2 = -126;
    const float sc2 = bit_copy<float>(0x3f800000u + (static_cast<std::uint32_t>(e2) << 23));
    if (ex == 0) a = mul_no_fma(static_cast<float>(static_cast<std::int32_t>(hi & kMant)), sc2);
    if (lo < 0x800000u && hi < 0x34800000u) b = mul_no_fma(static_cast<float>(static_cast<std::int32_t>(lo & kMant)), sc2);
    return mul_no_fma(std::sqrt(std::fma(a, a, mul_no_fma(b, b))), scale);
}

// IEEE remainder: x - n*y with n = x/y rounded to nearest even.
MOJO_HOST_DEVICE inline double remainder(double x, double y) noexcept { return ::remainder(x, y); }
MOJO_HOST_DEVICE inline float remainder(float x, float y) noexcept { return ::remainderf(x, y); }

}  // namespace mojo::math
