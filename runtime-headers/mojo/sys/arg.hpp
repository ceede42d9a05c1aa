// mojo/sys/arg.hpp -- sys.argv(): the program's command-line arguments, as
// recorded by the generated main (mojo/detail/entry.hpp). Host only.
//
// Mojo 1.2's argv() returns a Span of StringSpans over the process's argv; the
// Mojo declaration (stdlib/sys/__init__.mojo) builds a List[String] from the
// two accessors below, so this header needs no List.
#pragma once

#include <cstdint>

#include "mojo/builtin/integer.hpp"
#include "mojo/builtin/string.hpp"
#include "mojo/detail/entry.hpp"

namespace mojo::sys {

// Number of arguments, argv[0] (the program path) included.
inline Int argv_count() noexcept { return Int(mojo::detail::argc()); }

// Argument i (0 <= i < argv_count()); out of range gives "" (chosen).
inline String argv_at(Int i) {
    if (i.value < 0 || i.value >= mojo::detail::argc() || mojo::detail::argv() == nullptr) return String();
    return String(mojo::detail::argv()[i.value]);
}

}  // namespace mojo::sys
