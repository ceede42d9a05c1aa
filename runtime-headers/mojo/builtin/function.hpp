// Function values.
//
// A thin function value (`def(Int) thin -> Int`, legacy `fn(Int) -> Int`) is
// a plain function pointer.  A legacy escaping closure (`fn(Int) escaping ->
// Int`) owns copies of what it captured, so it is a std::function: the one
// kind of closure that may allocate.  Closures passed to generic code or as
// compile-time parameters are never wrapped: they stay C++ lambdas.
#pragma once

#include <functional>
#include <type_traits>

namespace mojo {

template <class Sig>
using FnPtr = std::add_pointer_t<Sig>;

template <class Sig>
using EscapingFn = std::function<Sig>;

}  // namespace mojo
