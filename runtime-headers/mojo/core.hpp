// mojo/core.hpp -- umbrella for the core-language runtime. Generated code may
// include the individual headers instead to keep compile times down.
#pragma once

#include "mojo/config.hpp"
#include "mojo/builtin/integer.hpp"
#include "mojo/builtin/int.hpp"
#include "mojo/builtin/float.hpp"
#include "mojo/builtin/bool.hpp"
#include "mojo/builtin/arith.hpp"
#include "mojo/builtin/range.hpp"
#include "mojo/builtin/string_literal.hpp"
#include "mojo/builtin/error.hpp"
#include "mojo/builtin/raises.hpp"
#include "mojo/detail/float_format.hpp"
#include "mojo/detail/write.hpp"
#include "mojo/builtin/string.hpp"
#include "mojo/builtin/print.hpp"
#include "mojo/builtin/repr.hpp"
#include "mojo/builtin/atol.hpp"
#include "mojo/builtin/radix.hpp"
#include "mojo/detail/lifecycle.hpp"
#include "mojo/memory/unsafe_pointer.hpp"
#include "mojo/detail/entry.hpp"
