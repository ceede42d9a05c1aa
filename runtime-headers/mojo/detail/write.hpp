// mojo/detail/write.hpp -- how every value is turned into text (print, String(x),
// Writable.write_to). One dispatcher, write_value, used by all writers, so that
// print(x) and String(x) can never disagree. Host only.
#pragma once

#include "mojo/config.hpp"

#include <charconv>
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>

#include "mojo/builtin/integer.hpp"
#include "mojo/detail/float_format.hpp"

namespace mojo::detail {

template <class T, class W, class = void>
struct has_write_to : std::false_type {};
template <class T, class W>
struct has_write_to<T, W, std::void_t<decltype(std::declval<const T&>().write_to(std::declval<W&>()))>> : std::true_type {};

template <class T>
inline constexpr bool dependent_false_v = false;

// Appends the Mojo text of `v` to writer `w` (anything with
// write_bytes(const char*, std::size_t)). Order of checks matters: a user type
// with write_to wins over everything; bool must be tested before integers.
template <class W, class T>
inline void write_value(W& w, const T& v) {
    if constexpr (has_write_to<T, W>::value) {
        v.write_to(w);
    } else if constexpr (std::is_same_v<T, bool>) {
        if (v) w.write_bytes("True", 4);
        else w.write_bytes("False", 5);
    } else if constexpr (is_integer_v<T>) {
        char buf[24];
        auto r = std::to_chars(buf, buf + sizeof buf, v.value);
        w.write_bytes(buf, std::size_t(r.ptr - buf));
    } else if constexpr (std::is_floating_point_v<T>) {
        char buf[kFloatBufSize];
        int n = format_float(buf, v);
        w.write_bytes(buf, std::size_t(n));
    } else if constexpr (std::is_integral_v<T>) {  // raw C++ integers (runtime internals)
        char buf[24];
        auto r = std::to_chars(buf, buf + sizeof buf, v);
        w.write_bytes(buf, std::size_t(r.ptr - buf));
    } else if constexpr (std::is_convertible_v<const T&, std::string_view>) {
        std::string_view s = v;
        w.write_bytes(s.data(), s.size());
    } else {
        static_assert(dependent_false_v<T>, "mojo: value is not printable (give it a write_to(W&) member)");
    }
}

// CRTP base giving a writer Mojo's `writer.write(a, b, c)` on top of write_bytes.
template <class Derived>
struct WriterBase {
    template <class... Ts>
    void write(const Ts&... vs) {
        (write_value(static_cast<Derived&>(*this), vs), ...);
    }
};

// Writes into a std::string (used by String(x)).
struct StringWriter : WriterBase<StringWriter> {
    std::string& out;
    explicit StringWriter(std::string& o) noexcept : out(o) {}
    void write_bytes(const char* p, std::size_t n) { out.append(p, n); }
};

template <class T>
inline std::string to_std_string(const T& v) {
    std::string s;
    StringWriter w(s);
    write_value(w, v);
    return s;
}

}  // namespace mojo::detail
