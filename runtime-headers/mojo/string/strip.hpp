// mojo/string/strip.hpp -- String.strip / lstrip / rstrip (with and without
// `chars`), removeprefix, removesuffix. Mojo returns StringSlice views; here
// Strings (copies of the kept bytes). Checked against Mojo 1.2 and 0.25.6:
//
//   strip() removes posix space bytes only (" \t\n\v\f\r\x1c\x1d\x1e", see
//     utf8.hpp): U+0085, U+2028, U+00A0 and \x1f stay.
//   strip(chars) removes whole codepoints that occur in `chars` (a set of
//     codepoints, not bytes): "éhiè".strip("\xa9") keeps both ends although
//     é and © share their last byte; strip("") removes nothing.
//   removeprefix(p) / removesuffix(s): the text without it when present, else
//     all of it; an empty affix removes nothing.
#pragma once

#include "mojo/config.hpp"

#include <cstddef>
#include <string_view>

#include "mojo/builtin/string.hpp"
#include "mojo/string/utf8.hpp"

namespace mojo::strings {
namespace detail {

inline std::string_view lstrip_view(std::string_view s) noexcept {
    std::size_t i = 0;
    while (i < s.size() && is_posix_space(static_cast<unsigned char>(s[i]))) ++i;
    return s.substr(i);
}
inline std::string_view rstrip_view(std::string_view s) noexcept {
    std::size_t n = s.size();
    while (n > 0 && is_posix_space(static_cast<unsigned char>(s[n - 1]))) --n;
    return s.substr(0, n);
}

// Is the codepoint s[i, i+len) one of the codepoints of `chars`? (UTF-8 is
// self-synchronising, so a substring search finds exactly whole codepoints.)
inline bool in_set(std::string_view chars, std::string_view cp) noexcept {
    return chars.find(cp) != std::string_view::npos;
}

inline std::string_view lstrip_view(std::string_view s, std::string_view chars) noexcept {
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t len = utf8_len(static_cast<unsigned char>(s[i]));
        if (i + len > s.size()) len = s.size() - i;
        if (!in_set(chars, s.substr(i, len))) break;
        i += len;
    }
    return s.substr(i);
}
inline std::string_view rstrip_view(std::string_view s, std::string_view chars) noexcept {
    std::size_t n = s.size();
    while (n > 0) {
        std::size_t b = n - 1;
        while (b > 0 && is_continuation(static_cast<unsigned char>(s[b]))) --b;
        if (!in_set(chars, s.substr(b, n - b))) break;
        n = b;
    }
    return s.substr(0, n);
}

}  // namespace detail

inline String strip(std::string_view s) { return String(detail::rstrip_view(detail::lstrip_view(s))); }
inline String lstrip(std::string_view s) { return String(detail::lstrip_view(s)); }
inline String rstrip(std::string_view s) { return String(detail::rstrip_view(s)); }

inline String strip(std::string_view s, std::string_view chars) {
    return String(detail::rstrip_view(detail::lstrip_view(s, chars), chars));
}
inline String lstrip(std::string_view s, std::string_view chars) { return String(detail::lstrip_view(s, chars)); }
inline String rstrip(std::string_view s, std::string_view chars) { return String(detail::rstrip_view(s, chars)); }

inline String removeprefix(std::string_view s, std::string_view prefix) {
    if (s.substr(0, prefix.size()) == prefix) s.remove_prefix(prefix.size());
    return String(s);
}
inline String removesuffix(std::string_view s, std::string_view suffix) {
    if (!suffix.empty() && s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix)
        s.remove_suffix(suffix.size());
    return String(s);
}

}  // namespace mojo::strings
