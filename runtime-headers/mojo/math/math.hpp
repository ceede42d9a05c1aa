// mojo/math/math.hpp -- all of Mojo's `math` module (scalar Float64/Float32/Int
// forms) in one include. Generated code includes the single headers instead.
//
// How the results are made to match Mojo 1.2. Mojo 1.2 does not call the C
// library for most math functions: its standard library carries its own
// implementations (ports of FreeBSD msun / musl / fdlibm, Cephes and SLEEF
// routines, some evaluated branch-free), and they are compiled together with
// the user's program with floating-point contraction on, so a product feeding
// an addition usually becomes one fused multiply-add. Only sin, cos (both
// widths) and asin, acos (Float64) are libm calls. The headers here reproduce
// each routine operation by operation, with std::fma exactly where Mojo's
// compiled code fuses and detail::mul_no_fma (plus -ffp-contract=off) where it
// does not; the routines were recovered from Mojo 1.2's compiled code and
// checked against `mojo run` output on ~1300 sampled and special inputs per
// function and width (zeros, infinities, NaN, subnormals, range boundaries).
// Everything matches to the last printed digit except lgamma and gamma
// (libm here; see special.hpp).
#pragma once

#include "mojo/math/cbrt.hpp"
#include "mojo/math/constants.hpp"
#include "mojo/math/exp.hpp"
#include "mojo/math/fp.hpp"
#include "mojo/math/frexp.hpp"
#include "mojo/math/hyperbolic.hpp"
#include "mojo/math/hypot.hpp"
#include "mojo/math/integer.hpp"
#include "mojo/math/log.hpp"
#include "mojo/math/rounding.hpp"
#include "mojo/math/special.hpp"
#include "mojo/math/sqrt.hpp"
#include "mojo/math/trig.hpp"
