// mojo/math/sqrt.hpp -- math.sqrt (Float64, Float32: IEEE square root; Int:
// Mojo's integer square root, floor(sqrt(x)), 0 for negative x), rsqrt.
#pragma once

#include <cmath>
#include <cstdint>

#include "mojo/builtin/integer.hpp"
#include "mojo/config.hpp"

namespace mojo::math {

MOJO_HOST_DEVICE inline double sqrt(double x) noexcept { return std::sqrt(x); }
MOJO_HOST_DEVICE inline float sqrt(float x) noexcept { return std::sqrt(x); }

// sqrt(17) == 4; sqrt(-4) == 0 (Mojo's bit-by-bit integer square root).
MOJO_HOST_DEVICE constexpr Int sqrt(Int x) noexcept {
    const std::int64_t v = x.value;
    if (v < 0) return Int(0);
    std::int64_t r = 0, r2 = 0;
    for (int p = 31; p >= 0; --p) {
        // (r + 2^p)^2 - r^2 = r * 2^(p+1) + 2^(2p); cannot overflow for r < 2^32
        const std::int64_t dr2 = (r << (p + 1)) + (std::int64_t(1) << (p + p));
        if (r2 <= v - dr2) {
            r2 += dr2;
            r |= std::int64_t(1) << p;
        }
    }
    return Int(r);
}

// rsqrt(x) = 1 / sqrt(x) on the CPU.
MOJO_HOST_DEVICE inline double rsqrt(double x) noexcept { return 1.0 / std::sqrt(x); }
MOJO_HOST_DEVICE inline float rsqrt(float x) noexcept { return 1.0f / std::sqrt(x); }

}  // namespace mojo::math
