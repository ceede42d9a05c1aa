// mojo/string/case.hpp -- String.upper / lower and the character-class tests
// of Mojo 1.2: isupper, islower, is_ascii_digit, isspace (deprecated in 1.2
// for is_ascii_whitespace, which behaves the same), is_ascii_printable.
// Mojo 0.25.6 spells two of them isdigit and isprintable (same results).
// Checked against Mojo 1.2 and 0.25.6 (all codepoints for upper/lower/
// isupper/islower, see case_tables.hpp).
//
//   upper()/lower(): codepoint by codepoint through Mojo's tables ("ß".upper()
//     == "SS", "ΑΣ".lower() == "ασ": no final sigma, "İ".lower() == "i").
//   isupper(): at least one codepoint with a lowercase mapping and none that
//     has only an uppercase one (digits, spaces, uncased letters are ignored);
//     islower() the mirror image. A titlecase letter (U+01C5) has both
//     mappings: it makes isupper() and islower() both True.
//   is_ascii_digit(): non-empty, every codepoint 0-9 (not Arabic-Indic digits).
//   isspace() / is_ascii_whitespace(): non-empty, every codepoint universal
//     whitespace (utf8.hpp: includes U+0085, U+2028, U+2029; not U+00A0).
//   is_ascii_printable(): every codepoint in 0x20..0x7E (True for "").
#pragma once

#include "mojo/config.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>

#include "mojo/builtin/string.hpp"
#include "mojo/string/case_tables.hpp"
#include "mojo/string/utf8.hpp"

namespace mojo::strings {
namespace detail {

template <class Map, std::size_t N>
inline const Map* case_lookup(const Map (&table)[N], std::uint32_t cp) noexcept {
    const Map* it = std::lower_bound(std::begin(table), std::end(table), cp,
                                     [](const Map& m, std::uint32_t c) { return m.from < c; });
    return (it != std::end(table) && it->from == cp) ? it : nullptr;
}

inline bool has_lower_mapping(std::uint32_t cp) noexcept {
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    return case_lookup(kLowerMap, cp) != nullptr;
}
inline bool has_upper_mapping(std::uint32_t cp) noexcept {
    if (cp < 0x80) return cp >= 'a' && cp <= 'z';
    return case_lookup(kUpperMap1, cp) != nullptr || case_lookup(kUpperMapN, cp) != nullptr;
}

// upper (to_upper) or lower, codepoint by codepoint; ASCII without lookups.
inline String convert_case(std::string_view s, bool to_upper) {
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b0 = static_cast<unsigned char>(s[i]);
        if (b0 < 0x80) {
            char c = char(b0);
            if (to_upper ? (c >= 'a' && c <= 'z') : (c >= 'A' && c <= 'Z')) c = char(c ^ 0x20);
            out += c;
            ++i;
            continue;
        }
        const Decoded d = decode_at(s, i);
        bool mapped = false;
        if (to_upper) {
            if (const CaseMap1* m = case_lookup(kUpperMap1, d.cp)) {
                append_utf8(out, m->to);
                mapped = true;
            } else if (const CaseMap3* m3 = case_lookup(kUpperMapN, d.cp)) {
                for (std::uint32_t c : m3->to)
                    if (c != 0) append_utf8(out, c);
                mapped = true;
            }
        } else if (const CaseMap1* m = case_lookup(kLowerMap, d.cp)) {
            append_utf8(out, m->to);
            mapped = true;
        }
        if (!mapped) out.append(s.data() + i, d.len);
        i += d.len;
    }
    return String(std::move(out));
}

// Every codepoint satisfies pred (and, unless empty_ok, there is one).
template <class Pred>
inline bool all_codepoints(std::string_view s, bool empty_ok, Pred pred) noexcept {
    if (s.empty()) return empty_ok;
    for (std::size_t i = 0; i < s.size();) {
        const Decoded d = decode_at(s, i);
        if (!pred(d.cp)) return false;
        i += d.len;
    }
    return true;
}

inline bool is_universal_space(std::uint32_t cp) noexcept {
    return (cp < 0x80 && is_posix_space(static_cast<unsigned char>(cp))) || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

}  // namespace detail

inline String upper(std::string_view s) { return detail::convert_case(s, true); }
inline String lower(std::string_view s) { return detail::convert_case(s, false); }

inline bool isupper(std::string_view s) noexcept {
    bool found = false;
    for (std::size_t i = 0; i < s.size();) {
        const detail::Decoded d = detail::decode_at(s, i);
        if (detail::has_lower_mapping(d.cp)) found = true;
        else if (detail::has_upper_mapping(d.cp)) return false;
        i += d.len;
    }
    return found;
}

inline bool islower(std::string_view s) noexcept {
    bool found = false;
    for (std::size_t i = 0; i < s.size();) {
        const detail::Decoded d = detail::decode_at(s, i);
        if (detail::has_upper_mapping(d.cp)) found = true;
        else if (detail::has_lower_mapping(d.cp)) return false;
        i += d.len;
    }
    return found;
}

inline bool is_ascii_digit(std::string_view s) noexcept {
    return detail::all_codepoints(s, false, [](std::uint32_t c) { return c >= '0' && c <= '9'; });
}
// legacy spelling (0.25.6)
inline bool isdigit(std::string_view s) noexcept { return is_ascii_digit(s); }

inline bool isspace(std::string_view s) noexcept {
    return detail::all_codepoints(s, false, detail::is_universal_space);
}
inline bool is_ascii_whitespace(std::string_view s) noexcept { return isspace(s); }

inline bool is_ascii_printable(std::string_view s) noexcept {
    return detail::all_codepoints(s, true, [](std::uint32_t c) { return c >= 0x20 && c <= 0x7E; });
}
// legacy spelling (0.25.6)
inline bool isprintable(std::string_view s) noexcept { return is_ascii_printable(s); }

}  // namespace mojo::strings
