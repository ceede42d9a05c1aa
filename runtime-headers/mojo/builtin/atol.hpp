// mojo/builtin/atol.hpp -- `Int(s)` for a String or StringLiteral, and Mojo's
// `atol(s, base)`: parse an integer or raise. Host only (the error message is
// built in a String).
//
// Follows Mojo's stdlib `atol` (collections/string/string.mojo), checked
// against Mojo 1.2 and 0.25.6:
//   * leading and trailing POSIX space (" \t\n\v\f\r" and \x1c-\x1e) is
//     skipped; one optional '+' or '-' directly before the digits;
//   * '_' may separate digits (not lead, trail or double; base-2/8/16 literals
//     with a prefix may start with one);
//   * base 2..36, or 0 for Python-style literals ("0x1F", "0b101", "0o17");
//     with base 2/8/16 the matching prefix is optional;
//   * failure raises "String is not convertible to integer with base 10: 's'"
//     and overflow appends " String expresses an integer too large to store in Int.";
//   * a quirk kept on purpose: the value is multiplied by the base whenever the
//     next byte is not a space, so "1_ " parses as 10 (as in Mojo).
// Mojo before 26.2 (`detail::atol_legacy`) detected overflow only when a
// multiplication by the base wrapped below the previous value, so
// "9223372036854775808" gave Int.MIN there; 1.2 raises.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "mojo/builtin/error.hpp"
#include "mojo/builtin/int.hpp"
#include "mojo/builtin/raises.hpp"
#include "mojo/builtin/string.hpp"

namespace mojo {
namespace detail {

// Mojo's Codepoint.is_posix_space on one byte (non-ASCII bytes are not space).
inline bool atol_is_space(unsigned char c) noexcept {
    return c == 32 || (c >= 9 && c <= 13) || (c >= 28 && c <= 30);
}

inline Error atol_error(std::string_view s, std::int64_t base, bool too_large) {
    std::string m = "String is not convertible to integer with base ";
    m += std::to_string(base);
    m += ": '";
    m.append(s.data(), s.size());
    m += '\'';
    if (too_large) m += " String expresses an integer too large to store in Int.";
    return Error(std::string_view(m));
}

// `_identify_base` (base 0): {real base, start of the digits}, or {-1, -1}.
struct AtolBase {
    std::int64_t base;
    std::size_t start;
};
inline AtolBase atol_identify_base(std::string_view s, std::size_t start) noexcept {
    const std::size_t n = s.size();
    if (start + 1 == n) return {10, start};  // one digit
    const unsigned char c = static_cast<unsigned char>(s[start]);
    if (c == '0') {
        const char d = s[start + 1];
        if (d == 'b' || d == 'B') return {2, start + 2};
        if (d == 'o' || d == 'O') return {8, start + 2};
        if (d == 'x' || d == 'X') return {16, start + 2};
        // only zeros (and single underscores) may follow a leading zero
        bool last_underscore = false;
        for (std::size_t i = start + 1; i < n; ++i) {
            if (s[i] == '_') {
                if (last_underscore) return {-1, 0};
                last_underscore = true;
                continue;
            }
            last_underscore = false;
            if (s[i] != '0') return {-1, 0};
        }
        return {10, start};
    }
    if (c >= '1' && c <= '9') return {10, start};
    return {-1, 0};
}

// The shared body of atol: `legacy` selects the pre-26.2 overflow rules.
inline Raises<Int> atol_impl(std::string_view s, std::int64_t base, bool legacy) {
    if (base != 0 && (base < 2 || base > 36)) return Error("Base must be >= 2 and <= 36, or 0.");
    if (s.empty()) return atol_error(s, base, false);
    const std::size_t n = s.size();
    // _trim_and_handle_sign
    std::size_t start = 0;
    while (start < n && atol_is_space(static_cast<unsigned char>(s[start]))) ++start;
    if (start == n) return atol_error(s, base, false);
    const bool negative = s[start] == '-';
    if (s[start] == '+' || negative) ++start;
    if (start >= n) return atol_error(s, base, false);

    std::int64_t real_base;
    bool has_prefix;
    if (base == 0) {
        AtolBase b = atol_identify_base(s, start);
        if (b.base == -1) return atol_error(s, base, false);
        real_base = b.base;
        start = b.start;
        has_prefix = real_base != 10;
    } else {
        // _handle_base_prefix: skip a prefix that matches the base
        std::size_t pos = start;
        if (start + 1 < n && s[start] == '0') {
            const char p = s[start + 1];
            if ((base == 2 && (p == 'b' || p == 'B')) || (base == 8 && (p == 'o' || p == 'O')) ||
                (base == 16 && (p == 'x' || p == 'X')))
                start += 2;
        }
        has_prefix = start != pos;
        real_base = base;
    }
    const int num_max = real_base <= 10 ? int('0' + real_base - 1) : int('9');
    const int lower_max = real_base > 10 ? int('a' + real_base - 11) : -1;
    const int upper_max = real_base > 10 ? int('A' + real_base - 11) : -1;

    // 1.2: magnitude limit (|Int.MIN| for negative results), checked before
    // each add and multiply. Legacy: wrapping Int arithmetic.
    const std::uint64_t limit = std::uint64_t(INT64_MAX) + (negative ? 1u : 0u);
    const std::uint64_t mul_cutoff = limit / std::uint64_t(real_base);
    std::uint64_t result = 0;

    bool found_digit = false;
    bool space_after = false;
    bool last_underscore = !((real_base == 2 || real_base == 8 || real_base == 16) && has_prefix);
    for (std::size_t pos = start; pos < n; ++pos) {
        const int c = static_cast<unsigned char>(s[pos]);
        if (c == '_') {
            if (last_underscore) return atol_error(s, base, false);
            last_underscore = true;
            continue;
        }
        last_underscore = false;
        std::uint64_t digit;
        if (c >= '0' && c <= num_max) digit = std::uint64_t(c - '0');
        else if (c >= 'a' && c <= lower_max) digit = std::uint64_t(c - 'a' + 10);
        else if (c >= 'A' && c <= upper_max) digit = std::uint64_t(c - 'A' + 10);
        else if (atol_is_space(static_cast<unsigned char>(c))) {
            space_after = true;
            start = pos + 1;
            break;
        } else {
            return atol_error(s, base, false);
        }
        found_digit = true;
        if (!legacy && result > limit - digit) return atol_error(s, base, true);
        result += digit;
        if (pos + 1 < n && !atol_is_space(static_cast<unsigned char>(s[pos + 1]))) {
            if (legacy) {
                const std::uint64_t next = result * std::uint64_t(real_base);
                if (std::int64_t(next) < std::int64_t(result)) return atol_error(s, base, true);
                result = next;
            } else {
                if (result > mul_cutoff) return atol_error(s, base, true);
                result *= std::uint64_t(real_base);
            }
        }
    }
    if (last_underscore || !found_digit) return atol_error(s, base, false);
    if (space_after) {
        for (std::size_t pos = start; pos < n; ++pos)
            if (!atol_is_space(static_cast<unsigned char>(s[pos]))) return atol_error(s, base, false);
    }
    // 0 - result wraps: |Int.MIN| gives Int.MIN (and, legacy, any wrapped value)
    return Int(negative ? std::uint64_t(0) - result : result);
}

// Mojo before 26.2 (0.25.6 and older editions).
inline Raises<Int> atol_legacy(std::string_view s, Int base = Int(10)) { return atol_impl(s, base.value, true); }

}  // namespace detail

// Mojo's `atol(s, base=10)`; `Int(s)` for a String or StringLiteral `s`.
inline Raises<Int> atol(std::string_view s, Int base = Int(10)) { return detail::atol_impl(s, base.value, false); }

}  // namespace mojo
