// mojo/memory/load_store.hpp -- SIMD loads and stores through a raw pointer:
// UnsafePointer.load / store / strided_load / strided_store.
//
//   p.load[width=8](i)            -> mojo::load<8>(p, i)          SIMD<T, 8>
//   p.load(i), p[i] read          -> mojo::load<1>(p, i)          T
//   p.store(i, v)                 -> mojo::store(p, i, v)         (width from v)
//   p.strided_load[width=4](s)    -> mojo::strided_load<4>(p, s)  lanes p[0], p[s], p[2s], ...
//   p.strided_store[width=4](v,s) -> mojo::strided_store(p, v, s) (Mojo's argument order)
//
// Mojo 1.2 spells them unsafe_load / unsafe_store / unsafe_strided_load /
// unsafe_strided_store and still accepts the old names with a deprecation
// warning; 0.25.6 has the old names.  No alignment is required (Mojo's default
// alignment for a load is the element's).  Width 1 is the plain scalar T.
#pragma once

#include "mojo/config.hpp"

#include <type_traits>

#include "mojo/builtin/integer.hpp"
#include "mojo/simd/simd.hpp"

namespace mojo {

// p.load[width=W](offset)
template <int W, class T>
MOJO_HOST_DEVICE MOJO_ALWAYS_INLINE simd_t<T, W> load(const T* p, Int offset) noexcept {
    return simd_load<W>(p + offset.value);
}
// p.load[width=W]()
template <int W, class T>
MOJO_HOST_DEVICE MOJO_ALWAYS_INLINE simd_t<T, W> load(const T* p) noexcept {
    return simd_load<W>(p);
}

// p.store(offset, v) with a vector v
template <int W, class T>
MOJO_HOST_DEVICE MOJO_ALWAYS_INLINE void store(T* p, Int offset, const SIMD<T, W>& v) noexcept {
    v.store(p + offset.value);
}
// p.store(offset, x) with a scalar x (any value convertible to T, e.g. a literal)
template <class T>
MOJO_HOST_DEVICE MOJO_ALWAYS_INLINE void store(T* p, Int offset, std::type_identity_t<T> x) noexcept {
    p[offset.value] = x;
}
// p.store(v): offset 0
template <int W, class T>
MOJO_HOST_DEVICE MOJO_ALWAYS_INLINE void store(T* p, const SIMD<T, W>& v) noexcept {
    v.store(p);
}
template <class T>
MOJO_HOST_DEVICE MOJO_ALWAYS_INLINE void store(T* p, std::type_identity_t<T> x) noexcept {
    *p = x;
}

// p.strided_load[width=W](stride): lane k is p[k * stride].
template <int W, class T>
MOJO_HOST_DEVICE MOJO_ALWAYS_INLINE simd_t<T, W> strided_load(const T* p, Int stride) noexcept {
    if constexpr (W == 1) {
        return *p;
    } else {
        return SIMD<T, W>::from_lanes([&](int k) { return p[k * stride.value]; });
    }
}

// p.strided_store[width=W](v, stride): p[k * stride] = v[k], in lane order (so
// with stride 0 the last lane wins, as a scalar loop would leave it).
template <int W, class T>
MOJO_HOST_DEVICE MOJO_ALWAYS_INLINE void strided_store(T* p, const SIMD<T, W>& v, Int stride) noexcept {
    for (int k = 0; k < W; ++k) p[k * stride.value] = v.get(Int(k));
}
template <class T>
MOJO_HOST_DEVICE MOJO_ALWAYS_INLINE void strided_store(T* p, std::type_identity_t<T> x, Int) noexcept {
    *p = x;
}

}  // namespace mojo
