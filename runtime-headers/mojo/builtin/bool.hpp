// mojo/builtin/bool.hpp -- Mojo Bool is C++ bool; only its printing differs
// (True/False), which print.hpp handles.
#pragma once
#include "mojo/config.hpp"

namespace mojo {
using Bool = bool;
}  // namespace mojo
