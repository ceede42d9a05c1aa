// mojo/simd/tuple.hpp -- v.deinterleave() as Mojo returns it: a Tuple of the
// even lanes and the odd lanes (mojo::SimdPair is the header-only form).
#pragma once

#include "mojo/collections/tuple.hpp"
#include "mojo/simd/shuffle.hpp"

namespace mojo {

template <class V>
inline auto simd_deinterleave_tuple(const V& v) {
    auto p = simd_deinterleave(v);
    return Tuple<decltype(p.first), decltype(p.second)>(p.first, p.second);
}

}  // namespace mojo
