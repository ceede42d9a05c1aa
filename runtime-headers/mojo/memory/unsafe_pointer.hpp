// mojo/memory/unsafe_pointer.hpp -- allocation behind Mojo's raw pointers.
// A Mojo UnsafePointer[T] is a plain T* in generated code; alloc[T](n)
// returns uninitialized storage for n elements (no constructors run, as in
// Mojo) and free() releases it.  Host only.
//
// Mojo 1.2: `alloc[T](n)` / `alloc[T](n, alignment=64)` (from std.memory;
// deprecated in favour of the Layout-based alloc, still accepted),
// `p.free()` (deprecated name of `p.unsafe_free()`).  Mojo 0.25.6:
// `UnsafePointer[T].alloc(n, alignment=64)`.  The default alignment is
// align_of[T]().
#pragma once

#include "mojo/config.hpp"

#include <cstddef>
#include <cstdlib>
#include <cstdio>

#include "mojo/builtin/integer.hpp"

namespace mojo {

namespace detail {

// One allocator for every alignment, so that free() never needs to know the
// alignment the storage was made with (posix_memalign memory is released by
// std::free whatever its alignment).
inline void* alloc_bytes(std::int64_t bytes, std::int64_t alignment) {
    std::size_t align = alignment < static_cast<std::int64_t>(sizeof(void*)) ? sizeof(void*)
                                                                              : static_cast<std::size_t>(alignment);
    // posix_memalign wants a power of two; Mojo requires one too, so round up
    // rather than fail on a bad value.
    while (align & (align - 1)) align += align & (~align + 1);
    void* p = nullptr;
    std::size_t n = bytes > 0 ? static_cast<std::size_t>(bytes) : 1;  // a unique pointer even for 0 elements
    if (::posix_memalign(&p, align, n) != 0) {
        std::fputs("ABORT: out of memory\n", stderr);
        std::abort();
    }
    return p;
}

// alloc[T](n): uninitialized storage for n elements, aligned for T.
template <class T>
inline T* alloc(Int n) {
    return static_cast<T*>(alloc_bytes(n.value * static_cast<std::int64_t>(sizeof(T)),
                                       static_cast<std::int64_t>(alignof(T))));
}

// p.free(): releases storage from alloc (the elements are not destroyed).
template <class T>
inline void free(T* p) noexcept {
    std::free(const_cast<void*>(static_cast<const volatile void*>(p)));
}

}  // namespace detail

// alloc[T](n, alignment=a): as detail::alloc, aligned to at least `alignment`
// bytes (and to alignof(T)).
template <class T>
inline T* alloc(Int n, Int alignment) {
    std::int64_t a = alignment.value > static_cast<std::int64_t>(alignof(T)) ? alignment.value
                                                                              : static_cast<std::int64_t>(alignof(T));
    return static_cast<T*>(detail::alloc_bytes(n.value * static_cast<std::int64_t>(sizeof(T)), a));
}

}  // namespace mojo
