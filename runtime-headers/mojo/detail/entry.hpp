// mojo/detail/entry.hpp -- program entry for generated code: runs the Mojo
// `main`, reports an escaped Error the way Mojo does, keeps argc/argv for
// sys.argv(). Host only.
#pragma once

#include "mojo/config.hpp"

#include <string>
#include <type_traits>

#include "mojo/builtin/error.hpp"
#include "mojo/builtin/print.hpp"
#include "mojo/builtin/raises.hpp"

namespace mojo::detail {

inline int g_argc = 0;
inline char** g_argv = nullptr;
inline int argc() noexcept { return g_argc; }
inline char** argv() noexcept { return g_argv; }

template <class T>
struct is_raises : std::false_type {};
template <class T>
struct is_raises<Raises<T>> : std::true_type {};

// Reports an Error that escaped main exactly as Mojo 1.2 does (message on
// stderr after stdout is flushed) and returns the exit code 1.
inline int report_unhandled(const Error& e) {
    std::string msg = "Unhandled exception caught during execution: ";
    msg += std::string_view(e.message());
    msg += '\n';
    write_stderr(msg);
    return 1;
}

// int main(int argc, char** argv) { return mojo::detail::run_main(argc, argv, &user_main); }
// `fn` returns void or Raises<T>.
template <class F>
inline int run_main(int argc, char** argv, F&& fn) {
    g_argc = argc;
    g_argv = argv;
    using R = std::decay_t<decltype(fn())>;
    if constexpr (is_raises<R>::value) {
        R r = fn();
        if (r.has_error()) return report_unhandled(r.error());
    } else {
        fn();
    }
    flush_stdout();
    return 0;
}

}  // namespace mojo::detail

// Defines the C++ main for a program whose Mojo main is the function `fn`.
#define MOJO_DEFINE_MAIN(fn) \
    int main(int argc, char** argv) { return ::mojo::detail::run_main(argc, argv, [] { return fn(); }); }

