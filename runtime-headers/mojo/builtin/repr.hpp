// mojo/builtin/repr.hpp -- Mojo's repr(x): the debug text of a value.
// Int(7), Float64(2.5), 'text', True; a struct's write_repr_to(writer).
// Host only.
#pragma once

#include "mojo/config.hpp"

#include <string>
#include <string_view>
#include <type_traits>

#include "mojo/builtin/string.hpp"
#include "mojo/detail/write.hpp"

namespace mojo {
namespace detail {

template <class T, class = void>
struct has_write_repr_to : std::false_type {};
template <class T>
struct has_write_repr_to<T, std::void_t<decltype(std::declval<const T&>().write_repr_to(std::declval<Writer&>()))>>
    : std::true_type {};

// Mojo 0.25 quotes a repr as Python does (single quotes unless the text
// holds one and no double quote); 1.2 always uses single quotes and escapes
// one inside. A legacy program's main sets the flag.
inline bool legacy_repr_flag = false;

// The Mojo name of an integer type in a repr: Int, UInt, Int8 ... UInt64.
template <class T>
inline std::string integer_repr_name() {
    using R = typename T::raw_type;
    std::string s = std::is_signed_v<R> ? "Int" : "UInt";
    if constexpr (!std::is_same_v<T, Integer<R, true>>) s += std::to_string(sizeof(R) * 8);
    return s;
}

inline void set_legacy_repr(bool on) noexcept { legacy_repr_flag = on; }

inline std::string quoted(std::string_view s) {
    bool python = legacy_repr_flag;
    char q = (python && s.find('\'') != std::string_view::npos && s.find('"') == std::string_view::npos) ? '"' : '\'';
    std::string out(1, q);
    for (char c : s) {
        switch (c) {
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            default:
                if (c == q) out += '\\';
                out += c;
        }
    }
    return out + q;
}

}  // namespace detail

template <class T>
inline String repr(const T& v) {
    if constexpr (detail::has_write_repr_to<T>::value) {
        std::string s;
        detail::StringWriter sw(s);
        Writer w(sw);
        v.write_repr_to(w);
        return String(std::move(s));
    } else if constexpr (std::is_same_v<T, bool>) {
        return String(std::string(v ? "True" : "False"));
    } else if constexpr (requires { typename T::raw_type; }) {
        // Int(7), UInt8(200), Int64(-1): the scalar's type around its value
        return String(detail::integer_repr_name<T>() + "(" + detail::to_std_string(v) + ")");
    } else if constexpr (std::is_same_v<T, double>) {
        return String("Float64(" + detail::to_std_string(v) + ")");
    } else if constexpr (std::is_same_v<T, float>) {
        return String("Float32(" + detail::to_std_string(v) + ")");
    } else if constexpr (std::is_convertible_v<const T&, std::string_view>) {
        return String(detail::quoted(std::string_view(v)));
    } else {
        return String(detail::to_std_string(v));
    }
}

}  // namespace mojo
