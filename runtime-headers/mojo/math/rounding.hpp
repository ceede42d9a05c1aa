// mojo/math/rounding.hpp -- math.floor, ceil, trunc on Float64/Float32 and Int
// (the identity on Int), and math.ceildiv on Int.
#pragma once

#include <cmath>

#include "mojo/builtin/integer.hpp"
#include "mojo/config.hpp"

namespace mojo::math {

MOJO_HOST_DEVICE inline double floor(double x) noexcept { return std::floor(x); }
MOJO_HOST_DEVICE inline float floor(float x) noexcept { return std::floor(x); }
MOJO_HOST_DEVICE inline double ceil(double x) noexcept { return std::ceil(x); }
MOJO_HOST_DEVICE inline float ceil(float x) noexcept { return std::ceil(x); }
MOJO_HOST_DEVICE inline double trunc(double x) noexcept { return std::trunc(x); }
MOJO_HOST_DEVICE inline float trunc(float x) noexcept { return std::trunc(x); }
template <class T, bool I>
MOJO_HOST_DEVICE constexpr Integer<T, I> floor(Integer<T, I> x) noexcept {
    return x;
}
template <class T, bool I>
MOJO_HOST_DEVICE constexpr Integer<T, I> ceil(Integer<T, I> x) noexcept {
    return x;
}
template <class T, bool I>
MOJO_HOST_DEVICE constexpr Integer<T, I> trunc(Integer<T, I> x) noexcept {
    return x;
}

}  // namespace mojo::math
