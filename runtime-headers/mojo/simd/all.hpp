// mojo/simd/all.hpp -- everything about mojo::SIMD in one include. Generated
// code may include just the headers it uses instead.
#pragma once

#include "mojo/simd/arith.hpp"
#include "mojo/simd/cast.hpp"
#include "mojo/simd/common.hpp"
#include "mojo/simd/compare.hpp"
#include "mojo/simd/iota.hpp"
#include "mojo/simd/math.hpp"
#include "mojo/simd/reduce.hpp"
#include "mojo/simd/shuffle.hpp"
#include "mojo/simd/simd.hpp"
#include "mojo/simd/storage.hpp"
#include "mojo/simd/vmath.hpp"
#include "mojo/simd/write.hpp"
