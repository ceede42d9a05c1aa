// mojo/builtin/round.hpp -- round(x, ndigits): x rounded to a multiple of
// 10^-ndigits, ties to even (as round(x) is in Mojo 1.x).
#pragma once

#include <cmath>

#include "mojo/builtin/integer.hpp"

namespace mojo {

template <class F>
inline F round_digits(F x, Int ndigits) {
    if (ndigits.value == 0) return std::nearbyint(x);
    F scale = static_cast<F>(std::pow(10.0, static_cast<double>(ndigits.value < 0 ? -ndigits.value : ndigits.value)));
    if (ndigits.value > 0) return std::nearbyint(x * scale) / scale;
    return std::nearbyint(x / scale) * scale;
}

}  // namespace mojo
