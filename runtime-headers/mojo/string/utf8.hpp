// mojo/string/utf8.hpp -- the byte-level facts the String methods share:
// UTF-8 sequence lengths and decoding, and Mojo's three notions of "space"
// (each checked against Mojo 1.2):
//   * posix space, one byte: " \t\n\v\f\r" and \x1c \x1d \x1e -- what strip(),
//     lstrip() and rstrip() without arguments remove (never \x85 or \u2028);
//   * universal whitespace, a codepoint: the posix bytes plus U+0085, U+2028,
//     U+2029 -- what split() breaks on and isspace()/is_ascii_whitespace()
//     accept (U+00A0, U+3000, \x1f are not whitespace);
//   * line breaks: \n \r \t \v \f \x1c \x1d \x1e U+0085 U+2028 U+2029, with
//     "\r\n" one break -- what splitlines() breaks on (yes, \t, unlike Python).
// Header-only, host only, no allocation.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "mojo/detail/utf8_encode.hpp"

namespace mojo::strings::detail {

// Length of the UTF-8 sequence a lead byte starts (a stray continuation byte
// counts as 1, so scanning always advances).
inline constexpr std::size_t utf8_len(unsigned char b0) noexcept {
    return b0 < 0xC0 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
}

inline constexpr bool is_continuation(unsigned char b) noexcept { return (b & 0xC0) == 0x80; }

// The codepoint at s[i] and its byte length (clamped to the end of s).
struct Decoded {
    std::uint32_t cp;
    std::size_t len;
};
inline Decoded decode_at(std::string_view s, std::size_t i) noexcept {
    const auto b0 = static_cast<unsigned char>(s[i]);
    std::size_t n = utf8_len(b0);
    if (i + n > s.size()) n = s.size() - i;
    std::uint32_t cp = n == 1 ? b0 : n == 2 ? (b0 & 0x1Fu) : n == 3 ? (b0 & 0x0Fu) : (b0 & 0x07u);
    for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
    return {cp, n};
}

using mojo::detail::append_utf8;  // mojo/detail/utf8_encode.hpp

// Number of codepoints: bytes that are not continuation bytes.
inline std::size_t count_codepoints(std::string_view s) noexcept {
    std::size_t n = 0;
    for (char c : s) n += !is_continuation(static_cast<unsigned char>(c));
    return n;
}

// Byte offset of the start of codepoint number k (k <= count; the end if k == count).
inline std::size_t codepoint_offset(std::string_view s, std::size_t k) noexcept {
    std::size_t i = 0;
    while (k > 0 && i < s.size()) {
        i += utf8_len(static_cast<unsigned char>(s[i]));
        --k;
    }
    return i < s.size() ? i : s.size();
}

// ---- the space classes -------------------------------------------------------

inline constexpr bool is_posix_space(unsigned char c) noexcept {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1E);
}

// Per byte: 1 = a one-byte universal space, 2 = the lead byte of a possible
// multi-byte one (0xC2: U+0085; 0xE2: U+2028/U+2029), 0 = neither. A table so
// that split() looks at each byte once.
struct SpaceTable {
    unsigned char v[256];
    constexpr SpaceTable() : v{} {
        for (int c = 0; c < 256; ++c) v[c] = is_posix_space(static_cast<unsigned char>(c)) ? 1 : 0;
        v[0xC2] = 2;
        v[0xE2] = 2;
    }
};
inline constexpr SpaceTable kSpaceTable{};

// Byte length of the universal whitespace codepoint at s[i], or 0.
inline std::size_t space_len_at(const char* p, std::size_t i, std::size_t n) noexcept {
    const unsigned char c = static_cast<unsigned char>(p[i]);
    const unsigned char k = kSpaceTable.v[c];
    if (k == 1) return 1;
    if (k == 0) return 0;
    if (c == 0xC2) return (i + 1 < n && static_cast<unsigned char>(p[i + 1]) == 0x85) ? 2 : 0;
    // 0xE2 0x80 0xA8 / 0xA9
    if (i + 2 < n && static_cast<unsigned char>(p[i + 1]) == 0x80) {
        const unsigned char c2 = static_cast<unsigned char>(p[i + 2]);
        if (c2 == 0xA8 || c2 == 0xA9) return 3;
    }
    return 0;
}

// Byte length of the line break at s[i] ("\r\n" is 2), or 0.
inline std::size_t newline_len_at(std::string_view s, std::size_t i) noexcept {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '\r') return (i + 1 < s.size() && s[i + 1] == '\n') ? 2 : 1;
    if (c == '\n' || c == '\t' || c == '\v' || c == '\f' || (c >= 0x1C && c <= 0x1E)) return 1;
    if (c == 0xC2 || c == 0xE2) return space_len_at(s.data(), i, s.size());
    return 0;
}

// ---- text for error messages -------------------------------------------------

// The repr of a string, as error messages quote their input. Both editions
// escape \\ \t \n \r, write other ASCII control bytes (and DEL) as \xNN and
// everything else verbatim. Mojo 1.2 always uses single quotes and escapes
// \' inside; Mojo before 26.2 (0.25.6) switches to double quotes when the text
// contains a ' and then escapes no quote at all ("a'b"c" is its repr of a'b"c).
inline std::string repr_str(std::string_view s, bool legacy) {
    static constexpr char kHex[] = "0123456789abcdef";
    const char q = legacy && s.find('\'') != std::string_view::npos ? '"' : '\'';
    std::string out;
    out.reserve(s.size() + 2);
    out += q;
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
            case '\\': out += "\\\\"; break;
            case '\t': out += "\\t"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            default:
                if (c < 0x20 || c == 0x7F) {
                    out += "\\x";
                    out += kHex[c >> 4];
                    out += kHex[c & 15];
                } else {
                    if (!legacy && ch == '\'') out += '\\';
                    out += ch;
                }
        }
    }
    out += q;
    return out;
}

}  // namespace mojo::strings::detail
