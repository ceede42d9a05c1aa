// mojo/io/input.hpp -- Mojo's builtin input(prompt="") raises -> String.
// Host only (POSIX).
//
// Reproduces Mojo 1.2 exactly: the prompt is printed without a newline (print's
// buffer is flushed so it shows), then a line is read through a fresh FILE over
// dup(0) which is closed again. The returned text drops the line's last byte
// (the '\n'; "\r" is kept), and end of input raises Error("EOF"). Because each
// call uses its own FILE, input from a pipe or file is read a buffer at a time
// and what follows the first line is lost: with stdin "a\nb\n" the second
// input() raises EOF, as in Mojo. A terminal delivers one line per read, so
// interactive use works line by line.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>

#include <sys/types.h>
#include <unistd.h>

#include "mojo/builtin/error.hpp"
#include "mojo/builtin/print.hpp"
#include "mojo/builtin/raises.hpp"
#include "mojo/builtin/string.hpp"

namespace mojo::io {

inline Raises<String> input(const String& prompt = String()) {
    if (prompt.size() != 0) mojo::print_with("", "", false, prompt);
    mojo::detail::flush_stdout();
    const int fd = ::dup(0);
    std::FILE* f = fd >= 0 ? ::fdopen(fd, "r") : nullptr;
    if (f == nullptr) {
        if (fd >= 0) ::close(fd);
        return Error("EOF");
    }
    char* buf = nullptr;
    std::size_t cap = 0;
    const ssize_t n = ::getdelim(&buf, &cap, '\n', f);
    std::fclose(f);
    if (n == -1) {
        std::free(buf);
        return Error("EOF");
    }
    String line(buf, static_cast<std::size_t>(n - 1));
    std::free(buf);
    return line;
}

}  // namespace mojo::io
