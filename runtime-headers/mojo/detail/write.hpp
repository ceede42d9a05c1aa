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

}  // namespace mojo::detail
namespace mojo {
struct Writer;
}  // namespace mojo
namespace mojo::detail {
using mojo::Writer;

template <class T, class W, class = void>
struct has_write_to : std::false_type {};
template <class T, class W>
struct has_write_to<T, W, std::void_t<decltype(std::declval<const T&>().write_to(std::declval<W&>()))>> : std::true_type {};

template <class T>
inline constexpr bool dependent_false_v = false;

// Calls v.write_to(mojo::Writer(w)); defined once mojo::Writer is complete.
template <class W, class T>
inline void write_erased(W& w, const T& v);

// Appends the Mojo text of `v` to writer `w` (anything with
// write_bytes(const char*, std::size_t)). Order of checks matters: a user type
// with write_to wins over everything; bool must be tested before integers.
template <class W, class T>
inline void write_value(W& w, const T& v) {
    if constexpr (has_write_to<T, W>::value) {
        v.write_to(w);
    } else if constexpr (has_write_to<T, Writer>::value) {
        write_erased(w, v);  // a Mojo struct's write_to takes the type-erased mojo::Writer
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

}  // namespace mojo::detail

namespace mojo {

// The writer a Mojo `write_to(self, mut writer: Some[Writer])` receives: any
// concrete writer behind one indirect call, so that the generated write_to is
// an ordinary member function rather than a template.
struct Writer : detail::WriterBase<Writer> {
    template <class W>
    explicit Writer(W& w) noexcept
        : target_(&w), sink_([](void* t, const char* p, std::size_t n) { static_cast<W*>(t)->write_bytes(p, n); }) {}
    void write_bytes(const char* p, std::size_t n) { sink_(target_, p, n); }
    // Mojo's writer.write_string(s)
    template <class S>
    void write_string(const S& s) { detail::write_value(*this, s); }

private:
    void* target_;
    void (*sink_)(void*, const char*, std::size_t);
};

}  // namespace mojo

namespace mojo::detail {

template <class W, class T>
inline void write_erased(W& w, const T& v) {
    Writer erased(w);
    v.write_to(erased);
}

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
