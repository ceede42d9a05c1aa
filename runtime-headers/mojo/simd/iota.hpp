// mojo/simd/iota.hpp -- math.iota[dtype, width](start): [start, start + 1, ...].
// Integer lanes wrap (iota[DType.uint8, 4](254) == [254, 255, 0, 1]); float
// lanes are start + Float(i) (iota[DType.float64, 4](0.1) == [0.1, 1.1, 2.1,
// 3.1]), as in Mojo 1.2. Width 1 gives the scalar start.
#pragma once

#include <type_traits>

#include "mojo/simd/simd.hpp"

namespace mojo {

template <class S, int N>
MOJO_SIMD_FN simd_t<S, N> simd_iota(S start = S{}) noexcept {
    static_assert(!std::is_same_v<S, bool>, "iota needs numeric lanes");
    if constexpr (N == 1) {
        return start;
    } else {
        // The SIMD + wraps integer lanes.
        return SIMD<S, N>(start) + SIMD<S, N>::from_lanes([](int i) { return S(i); });
    }
}

}  // namespace mojo
