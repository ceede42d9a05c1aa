// mojo/math/constants.hpp -- math.pi, e, tau for C++ callers, as
// mojo::math::constants::pi etc. (a nested namespace so that they do not shadow
// locals called `e` in the math headers). In Mojo they are FloatLiteral
// `comptime` values declared in stdlib/math.mojo; generated code never needs
// this header.
#pragma once

namespace mojo::math::constants {

inline constexpr double pi = 3.141592653589793;
inline constexpr double e = 2.718281828459045;
inline constexpr double tau = 6.283185307179586;

}  // namespace mojo::math::constants
