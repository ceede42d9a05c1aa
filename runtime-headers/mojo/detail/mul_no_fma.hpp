// mojo/detail/mul_no_fma.hpp -- a * b rounded on its own.
//
// Mojo's float `%` and its exp/log/pow (arith.hpp, float_pow.hpp) are
// reproduced bit for bit only if a product is never fused with the following
// add into an FMA. The CUDA/HIP intrinsics are never contracted; on the host,
// clang obeys `#pragma clang fp contract(off)` at the call sites and g++ needs
// -ffp-contract=off (g++ fuses by default in C++ when the target has FMA),
// which mojoc and the mojoc::runtime CMake target pass.
#pragma once

#include "mojo/config.hpp"

namespace mojo::detail {

template <class F>
MOJO_HOST_DEVICE inline F mul_no_fma(F a, F b) noexcept {
#if defined(__CUDA_ARCH__) || defined(__HIP_DEVICE_COMPILE__)
    if constexpr (sizeof(F) == sizeof(double)) return __dmul_rn(a, b);
    else return __fmul_rn(a, b);
#else
    return a * b;
#endif
}

}  // namespace mojo::detail
