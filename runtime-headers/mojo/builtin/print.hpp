// mojo/builtin/print.hpp -- Mojo print(*values, sep=" ", end="\n", flush=False).
// Host only. Output goes through one process-wide buffer written with fwrite
// (no iostream: it is slow and heavy to compile); the buffer is flushed at exit,
// when full, on flush=True and before anything goes to stderr, so stdout and
// stderr text keep their relative order.
#pragma once

#include "mojo/config.hpp"

#include <cstddef>
#include <cstdio>
#include <cstring>
#include <string_view>

#include "mojo/detail/write.hpp"

namespace mojo {
namespace detail {

struct StdoutBuffer {
    static constexpr std::size_t kCapacity = 1 << 16;
    std::size_t len = 0;
    char data[kCapacity];

    // constexpr so the inline global below is constant-initialised (usable from
    // other static initialisers); the destructor flushes at normal exit.
    constexpr StdoutBuffer() noexcept : data{} {}
    ~StdoutBuffer() { flush(); }
    StdoutBuffer(const StdoutBuffer&) = delete;
    StdoutBuffer& operator=(const StdoutBuffer&) = delete;

    void drain() noexcept {
        if (len != 0) {
            std::fwrite(data, 1, len, stdout);
            len = 0;
        }
    }
    void flush() noexcept {
        drain();
        std::fflush(stdout);
    }
    void write_bytes(const char* p, std::size_t n) noexcept {
        if (n > kCapacity - len) {
            drain();
            if (n >= kCapacity) {
                std::fwrite(p, 1, n, stdout);
                return;
            }
        }
        std::memcpy(data + len, p, n);
        len += n;
    }
};

inline StdoutBuffer stdout_buffer;

inline void flush_stdout() noexcept { stdout_buffer.flush(); }

// Everything the runtime writes to stderr goes through here (flushes stdout first).
inline void write_stderr(std::string_view s) noexcept {
    flush_stdout();
    std::fwrite(s.data(), 1, s.size(), stderr);
    std::fflush(stderr);
}

// Writer handed to write_value / write_to for stdout.
struct StdoutWriter : WriterBase<StdoutWriter> {
    void write_bytes(const char* p, std::size_t n) noexcept { stdout_buffer.write_bytes(p, n); }
};

}  // namespace detail

// print(a, b, ...) with sep=" ", end="\n".
template <class... Ts>
inline void print_with(std::string_view sep, std::string_view end, bool flush, const Ts&... values) {
    detail::StdoutWriter w;
    if constexpr (sizeof...(Ts) > 0) {
        bool first = true;
        (
            [&] {
                if (!first) w.write_bytes(sep.data(), sep.size());
                first = false;
                detail::write_value(w, values);
            }(),
            ...);
    } else {
        (void)sep;
    }
    w.write_bytes(end.data(), end.size());
    if (flush) detail::flush_stdout();
}

template <class... Ts>
inline void print(const Ts&... values) {
    print_with(" ", "\n", false, values...);
}

}  // namespace mojo
