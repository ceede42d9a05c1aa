// mojo/memory/unsafe_pointer.hpp -- allocation behind Mojo's raw pointers.
// A Mojo UnsafePointer[T] is a plain T* in generated code; alloc[T](n)
// returns uninitialized storage for n elements (no constructors run, as in
// Mojo) and free() releases it.  Host only.
#pragma once

#include "mojo/config.hpp"

#include <cstddef>
#include <new>

#include "mojo/builtin/integer.hpp"

namespace mojo::detail {

template <class T>
inline T* alloc(Int n) {
    return static_cast<T*>(::operator new(static_cast<std::size_t>(n.value) * sizeof(T), std::align_val_t(alignof(T))));
}

template <class T>
inline void free(T* p) {
    ::operator delete(static_cast<void*>(p), std::align_val_t(alignof(T)));
}

}  // namespace mojo::detail
