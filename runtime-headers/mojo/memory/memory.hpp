// mojo/memory/memory.hpp -- Mojo's std.memory.memory: bulk copies and fills
// through raw pointers.  Also pulls in the pointer loads/stores and alloc, so
// that generated code using any raw-pointer operation needs one include.
//
//   Mojo 1.2                                   Mojo 0.25.6                  C++
//   unsafe_memcpy(dest=d, src=s, count=n)      memcpy(d, s, n)              mojo::memcpy(d, s, n)
//   unsafe_memmove(dest=d, src=s, count=n)     memmove(d, s, n)             mojo::memmove(d, s, n)
//   unsafe_memset(p, value, count)             memset(p, value, count)      mojo::memset(p, v, n)
//   unsafe_memset_zero(p, count)               memset_zero(p, count)        mojo::memset_zero(p, n)
//   unsafe_memset_zero[count=N](p)             memset_zero[count=N](p)      mojo::memset_zero<N>(p)
//
// Every count is in ELEMENTS of the pointee type, not bytes (checked with both
// compilers: memset(p_float32, 1, 4) sets 16 bytes to 0x01).  memcpy's regions
// must not overlap; memmove's may.  Mojo 1.2 also keeps `memmove` (deprecated).
#pragma once

#include "mojo/config.hpp"

#include <cstring>
#include <type_traits>

#include "mojo/builtin/integer.hpp"
#include "mojo/memory/load_store.hpp"
#include "mojo/memory/unsafe_pointer.hpp"

namespace mojo {

namespace detail {
template <class T>
MOJO_HOST_DEVICE MOJO_ALWAYS_INLINE std::size_t element_bytes(Int count) noexcept {
    static_assert(!std::is_void_v<T>, "mojo::memcpy/memset count elements: the pointer needs an element type");
    return count.value > 0 ? static_cast<std::size_t>(count.value) * sizeof(T) : 0;
}
}  // namespace detail

// Copies count elements' bytes from src to dest (no constructors run).
template <class T>
MOJO_HOST_DEVICE MOJO_ALWAYS_INLINE void memcpy(T* dest, const T* src, Int count) noexcept {
    if (std::size_t n = detail::element_bytes<T>(count)) ::memcpy(static_cast<void*>(dest), src, n);
}

// As memcpy, for regions that may overlap.
template <class T>
MOJO_HOST_DEVICE MOJO_ALWAYS_INLINE void memmove(T* dest, const T* src, Int count) noexcept {
    if (std::size_t n = detail::element_bytes<T>(count)) ::memmove(static_cast<void*>(dest), src, n);
}

// Sets every byte of count elements to value.
template <class T>
MOJO_HOST_DEVICE MOJO_ALWAYS_INLINE void memset(T* p, UInt8 value, Int count) noexcept {
    if (std::size_t n = detail::element_bytes<T>(count)) ::memset(static_cast<void*>(p), value.value, n);
}

// Zeroes count elements.
template <class T>
MOJO_HOST_DEVICE MOJO_ALWAYS_INLINE void memset_zero(T* p, Int count) noexcept {
    if (std::size_t n = detail::element_bytes<T>(count)) ::memset(static_cast<void*>(p), 0, n);
}

// memset_zero[count=N](p): the count is a compile-time parameter.
template <std::int64_t N, class T>
MOJO_HOST_DEVICE MOJO_ALWAYS_INLINE void memset_zero(T* p) noexcept {
    if constexpr (N > 0) ::memset(static_cast<void*>(p), 0, static_cast<std::size_t>(N) * sizeof(T));
}

}  // namespace mojo
