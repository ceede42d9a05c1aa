// mojo/sys/exit.hpp -- sys.exit() / sys.exit(code): end the process with the
// exit status `code` (0 without one; the shell sees code & 255). Mojo flushes
// what print() buffered first ("before exit" printed with end="" still
// appears), and so do we. Host only.
#pragma once

#include <cstdlib>

#include "mojo/builtin/integer.hpp"
#include "mojo/builtin/print.hpp"

namespace mojo::sys {

[[noreturn]] inline void exit() {
    mojo::detail::flush_stdout();
    std::exit(0);
}
[[noreturn]] inline void exit(Int code) {
    mojo::detail::flush_stdout();
    std::exit(static_cast<int>(code.value));
}

}  // namespace mojo::sys
