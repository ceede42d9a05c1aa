// mojo/math/horner.hpp -- Mojo's `polynomial_evaluate`: Horner's scheme in
// which every step is one fused multiply-add. The math headers that reproduce
// Mojo's own (non-libm) algorithms evaluate their polynomials through this, so
// that the rounding matches Mojo bit for bit.
#pragma once

#include <cmath>
#include <cstddef>

#include "mojo/config.hpp"

namespace mojo::math::detail {

// c[0] + x*(c[1] + x*(... + x*c[N-1])): r = fma(x, c[N-1], c[N-2]), then
// r = fma(r, x, c[i]) for i = N-3 down to 0, as Mojo's `_horner_evaluate`.
template <class F, std::size_t N>
MOJO_HOST_DEVICE inline F horner(F x, const F (&c)[N]) noexcept {
    static_assert(N >= 2, "horner: at least two coefficients");
    F r = std::fma(x, c[N - 1], c[N - 2]);
    for (std::size_t i = N - 2; i-- > 0;) r = std::fma(r, x, c[i]);
    return r;
}

}  // namespace mojo::math::detail
