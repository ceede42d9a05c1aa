// mojo/simd/common.hpp -- the operand type of a mixed SIMD/scalar call.
// Mojo converts a Scalar or a literal to any SIMD width implicitly, so
// `v.eq(0)`, `max(v, 1.0)` and `select(m, v, 0)` are all legal. The SIMD free
// functions accept such mixes and bring both operands to one type first:
//   SIMD<S, N> with SIMD<S, N>, S or a literal -> SIMD<S, N>;
//   two scalars -> their Mojo common type (mojo::detail::binop_t: an Integer
//   with a C++ integer literal, float types with each other), or the type itself.
// Different SIMD types never mix, as in Mojo.
#pragma once

#include <type_traits>

#include "mojo/builtin/arith.hpp"
#include "mojo/simd/simd.hpp"

namespace mojo::detail {

template <class A, class B, class = void>
struct simd_common {};
template <class A>
struct simd_common<A, A, void> {
    using type = A;
};
template <class S, int N, class B>
struct simd_common<SIMD<S, N>, B, std::enable_if_t<std::is_same_v<B, S> || simd_literal_v<B, S>>> {
    using type = SIMD<S, N>;
};
template <class A, class S, int N>
struct simd_common<A, SIMD<S, N>, std::enable_if_t<std::is_same_v<A, S> || simd_literal_v<A, S>>> {
    using type = SIMD<S, N>;
};
template <class A, class B>
struct simd_common<A, B, std::enable_if_t<!is_simd_v<A> && !is_simd_v<B> && !std::is_same_v<A, B>, std::void_t<binop_t<A, B>>>> {
    using type = binop_t<A, B>;
};
template <class A, class B>
using simd_common_t = typename simd_common<A, B>::type;

// A value as operand type T (a splat when T is a SIMD type).
template <class T, class X>
MOJO_SIMD_FN T simd_as(const X& x) noexcept {
    if constexpr (std::is_same_v<T, X>) return x;
    else return T(x);
}

// At least one of the arguments is a SIMD value: the overloads of mojo::min,
// max, abs, floordiv, ... for SIMD are constrained to this, so they never
// compete with the scalar ones in arith.hpp.
template <class... T>
inline constexpr bool any_simd_v = (is_simd_v<T> || ...);

}  // namespace mojo::detail
