// mojo/builtin/int.hpp -- Mojo `Int` and `UInt` (64-bit, wrapping). They share the
// implementation of the fixed-width integers; see integer.hpp.
#pragma once
#include "mojo/builtin/integer.hpp"
