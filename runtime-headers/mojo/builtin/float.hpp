// mojo/builtin/float.hpp -- Mojo Float32/Float64 are the IEEE C++ types: their
// arithmetic already matches Mojo's (compile with -ffp-contract=off so that
// a*b+c is not fused), and raw types keep GPU code and vectorisation simple.
#pragma once
#include "mojo/config.hpp"

namespace mojo {
using Float32 = float;
using Float64 = double;
}  // namespace mojo
