// mojo/builtin/radix.hpp -- hex(), bin(), oct(), chr() and ord().
//
//   hex(255) == "0xff", hex(-255) == "-0xff", bin(True) == "0b1",
//   oct(8, prefix="") == "10"; the magnitude of Int.MIN prints in full.
//   chr(233) == "é" (the code point as UTF-8); ord("🔥") == 128293 (the first
//   code point of the string).
// Host only (they build Strings).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "mojo/builtin/integer.hpp"
#include "mojo/detail/utf8_encode.hpp"
#include "mojo/builtin/string.hpp"

namespace mojo {
namespace detail {
inline String format_radix(bool negative, std::uint64_t magnitude, unsigned base, std::string_view prefix) {
    char digits[64];
    int n = 0;
    do {
        unsigned d = unsigned(magnitude % base);
        digits[n++] = char(d < 10 ? '0' + d : 'a' + (d - 10));
        magnitude /= base;
    } while (magnitude != 0);
    std::string out;
    out.reserve(std::size_t(n) + prefix.size() + 1);
    if (negative) out += '-';
    out += prefix;
    while (n > 0) out += digits[--n];
    return String(std::move(out));
}
template <class T, bool IsIndex>
inline String format_radix(Integer<T, IsIndex> v, unsigned base, std::string_view prefix) {
    if constexpr (std::is_signed_v<T>) {
        bool neg = v.value < 0;
        // 0 - x in unsigned arithmetic: the magnitude of the most negative value too
        std::uint64_t mag = neg ? std::uint64_t(0) - std::uint64_t(std::int64_t(v.value)) : std::uint64_t(v.value);
        return format_radix(neg, mag, base, prefix);
    } else {
        return format_radix(false, std::uint64_t(v.value), base, prefix);
    }
}
inline String format_radix(bool v, unsigned base, std::string_view prefix) {
    return format_radix(false, v ? 1u : 0u, base, prefix);
}
}  // namespace detail

template <class I>
inline String hex(I v, std::string_view prefix = "0x") { return detail::format_radix(v, 16, prefix); }
template <class I>
inline String bin(I v, std::string_view prefix = "0b") { return detail::format_radix(v, 2, prefix); }
template <class I>
inline String oct(I v, std::string_view prefix = "0o") { return detail::format_radix(v, 8, prefix); }

inline String chr(Int code_point) {
    std::string out;
    detail::append_utf8(out, std::uint32_t(code_point.value));
    return String(std::move(out));
}

inline Int ord(std::string_view s) {
    if (s.empty()) return Int(0);
    auto b0 = static_cast<unsigned char>(s[0]);
    int len = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
    std::uint32_t c = len == 1 ? b0 : len == 2 ? (b0 & 0x1F) : len == 3 ? (b0 & 0x0F) : (b0 & 0x07);
    for (int i = 1; i < len && std::size_t(i) < s.size(); ++i) c = (c << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
    return Int(std::int64_t(c));
}

}  // namespace mojo
