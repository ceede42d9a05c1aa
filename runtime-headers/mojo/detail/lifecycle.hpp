// mojo/detail/lifecycle.hpp -- Mojo's copy, move and destruction for generic
// code (a type parameter `T` in `def f[T: Trait](x: T)`). Concrete code calls
// a struct's m__copyinit__ / m__moveinit__ / m__del__ directly; a template
// does not know whether T has them, so these dispatch at compile time.
// Builtin types (Int, String, ...) have no Mojo-visible lifecycle: plain C++
// copies and moves.
#pragma once

#include "mojo/config.hpp"

#include <utility>

namespace mojo::detail {

template <class T>
MOJO_HOST_DEVICE inline T copy_value(const T& x) {
    if constexpr (requires { T::m__copyinit__(x); }) return T::m__copyinit__(x);
    else return x;
}

template <class T>
MOJO_HOST_DEVICE inline T move_value(T& x) {
    if constexpr (requires { T::m__moveinit__(x); }) return T::m__moveinit__(x);
    else return std::move(x);
}

template <class T>
MOJO_HOST_DEVICE inline void destroy(T& x) {
    if constexpr (requires { x.m__del__(); }) x.m__del__();
}

}  // namespace mojo::detail

namespace mojo::detail {

// A temporary with a destructor lives in a hidden local until sema destroys
// it: `bind(tmp_3, P::m__init__(...))` stores the value and names the local.
template <class T, class U>
MOJO_HOST_DEVICE inline T& bind(T& slot, U&& value) {
    slot = static_cast<U&&>(value);
    return slot;
}

}  // namespace mojo::detail
