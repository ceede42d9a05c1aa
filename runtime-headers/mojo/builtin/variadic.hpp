// `*values: T` arguments.
//
// A call passes its variadic arguments as a braced list that lives until the
// call returns (the C++ full-expression), so the callee gets a view, never a
// copy of a container: Variadic<T> reads them, MutVariadic<T> (`mut
// *values`) reaches the caller's variables through pointers.
#pragma once

#include <cstdint>
#include <initializer_list>

#include "mojo/builtin/int.hpp"

namespace mojo {

template <class T>
struct Variadic {
  std::initializer_list<T> items;
  Variadic() = default;
  Variadic(std::initializer_list<T> xs) : items(xs) {}
  Int size() const { return Int(static_cast<std::int64_t>(items.size())); }
  const T& operator[](std::int64_t i) const { return items.begin()[i]; }
  const T& operator*() const { return *items.begin(); }
};

template <class T>
struct MutVariadic {
  std::initializer_list<T*> items;
  MutVariadic() = default;
  MutVariadic(std::initializer_list<T*> xs) : items(xs) {}
  Int size() const { return Int(static_cast<std::int64_t>(items.size())); }
  T& operator[](std::int64_t i) const { return *items.begin()[i]; }
  T& operator*() const { return **items.begin(); }
};

}  // namespace mojo
