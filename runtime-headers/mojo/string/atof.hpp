// mojo/string/atof.hpp -- Mojo's atof(s) (= Float64(s)): parse a float or
// raise. Checked case by case against Mojo 1.2 and 0.25.6.
//
// Mojo 1.2 (atof):
//   * "" and "." raise "String is not convertible to float: ''" (the input's
//     repr, no detail); every other error is that text, ". ", then a detail;
//   * posix space is stripped at both ends, then one leading '+', then one
//     trailing 'f' or 'F'; then one leading '-' gives the sign ("+-5" is -5.0;
//     "-+5" is an error);
//   * "nan" (any case, the sign ignored), "inf"/"in"/"infinity" (any case; "in"
//     because the 'f' went with the suffix) are NaN and +-inf;
//   * details: "The first character of 'T' should be a digit or dot to convert
//     it to a float." / "The last character of 'T' ..." (T: the text after the
//     sign), then "Invalid character(s) in the number: 'T'" unless T is
//     digits [. digits] [(e|E) [+|-] digits] with a digit in the mantissa
//     ("1.", ".5", "1.e5" are fine; "1-5", "1.2.3", ".e5", "1e5.5" are not);
//   * the value is correctly rounded however long the mantissa or exponent
//     ("1e99999999999999999999" is inf, "0e99999999999999999999" is 0.0).
// Mojo before 26.2 (detail::atof_legacy) read the text right to left into
// 24-digit buffers: '+', '-' and a second '.' or 'e' anywhere were skipped
// rather than rejected ("1-5" gave 105.0, "1.2.3" 1.23, "1e5.5" 5.1), more
// than 24 characters raised "The number is too long, it's not supported yet.
// 'T'", a mantissa or exponent above UInt64.MAX raised "The string is too
// large to be converted to an integer: 'digits'.", and the exponent wrapped
// modulo 2^64 ("1e18446744073709551615" gave 0.1).
#pragma once

#include "mojo/config.hpp"

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <system_error>

#include "mojo/builtin/error.hpp"
#include "mojo/builtin/raises.hpp"
#include "mojo/string/utf8.hpp"

namespace mojo::strings {
namespace detail {

inline bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

inline char ascii_lower(char c) noexcept { return char(c | 0x20); }

inline bool atof_is_nan(std::string_view t) noexcept {
    return t.size() == 3 && ascii_lower(t[0]) == 'n' && ascii_lower(t[1]) == 'a' && ascii_lower(t[2]) == 'n';
}
inline bool atof_is_inf(std::string_view t) noexcept {
    if (t.size() != 2 && t.size() != 8) return false;
    if (ascii_lower(t[0]) != 'i' || ascii_lower(t[1]) != 'n') return false;
    if (t.size() == 2) return true;
    static constexpr char kRest[] = "finity";
    for (std::size_t k = 0; k < 6; ++k)
        if (ascii_lower(t[2 + k]) != kRest[k]) return false;
    return true;
}

inline Error atof_error(std::string_view input, bool legacy, std::string_view detail) {
    std::string m = "String is not convertible to float: ";
    m += repr_str(input, legacy);
    if (!detail.empty()) {
        m += ". ";
        m.append(detail);
    }
    return Error(std::string_view(m));
}
inline std::string quoted_plain(std::string_view t) {
    std::string q = "'";
    q.append(t);
    q += '\'';
    return q;
}

// The steps both editions share: strip, '+', 'f'/'F', '-'. Returns the text
// left (t), the sign, and whether it was nan/inf (value set).
struct AtofPrefix {
    std::string_view t;
    bool negative;
    bool special;
    double value;
};
inline AtofPrefix atof_prefix(std::string_view x) noexcept {
    std::size_t b = 0, e = x.size();
    while (b < e && is_posix_space(static_cast<unsigned char>(x[b]))) ++b;
    while (e > b && is_posix_space(static_cast<unsigned char>(x[e - 1]))) --e;
    std::string_view t = x.substr(b, e - b);
    if (!t.empty() && t.front() == '+') t.remove_prefix(1);
    if (!t.empty() && (t.back() == 'f')) t.remove_suffix(1);
    if (!t.empty() && (t.back() == 'F')) t.remove_suffix(1);
    bool negative = !t.empty() && t.front() == '-';
    if (negative) t.remove_prefix(1);
    if (atof_is_nan(t)) return {t, negative, true, std::numeric_limits<double>::quiet_NaN()};
    if (atof_is_inf(t))
        return {t, negative, true, negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity()};
    return {t, negative, false, 0.0};
}

// The first/last character checks both editions make (empty detail: passed).
inline std::string atof_ends_detail(std::string_view t) {
    auto ok = [](char c) { return is_digit(c) || c == '.'; };
    if (t.empty() || !ok(t.front()))
        return "The first character of " + quoted_plain(t) + " should be a digit or dot to convert it to a float.";
    if (!ok(t.back()))
        return "The last character of " + quoted_plain(t) + " should be a digit or dot to convert it to a float.";
    return {};
}

// The correctly rounded value of a validated decimal `t` (no sign).
inline double atof_decimal(std::string_view t) noexcept {
    double v = 0.0;
    auto r = std::from_chars(t.data(), t.data() + t.size(), v, std::chars_format::general);
    if (r.ec != std::errc::result_out_of_range) return v;
    // Too large or too small for a double: which one? The decimal order of
    // magnitude (first nonzero digit relative to the dot, plus the exponent)
    // tells, as out-of-range values are beyond 1e308 or below 1e-323.
    const std::size_t mant_end = std::min(t.find_first_of("eE"), t.size());
    const std::size_t dot = std::min(t.find('.'), mant_end);
    std::size_t first = 0;
    while (first < mant_end && (t[first] == '0' || t[first] == '.')) ++first;
    if (first == mant_end) return 0.0;
    std::int64_t order = first < dot ? std::int64_t(dot - first) : -std::int64_t(first - dot - 1);
    std::size_t i = mant_end;
    if (i < t.size()) {
        ++i;
        bool exp_neg = false;
        if (i < t.size() && (t[i] == '+' || t[i] == '-')) exp_neg = t[i++] == '-';
        std::int64_t exp = 0;
        for (; i < t.size(); ++i)
            if (exp < (std::int64_t(1) << 40)) exp = exp * 10 + (t[i] - '0');
        order += exp_neg ? -exp : exp;
    }
    return order > 0 ? std::numeric_limits<double>::infinity() : 0.0;
}

}  // namespace detail

// atof(s), Float64(s)
inline Raises<double> atof(std::string_view x) {
    if (x.empty() || x == ".") return detail::atof_error(x, false, {});
    const detail::AtofPrefix p = detail::atof_prefix(x);
    if (p.special) return p.value;
    const std::string_view t = p.t;
    std::string d = detail::atof_ends_detail(t);
    if (!d.empty()) return detail::atof_error(x, false, d);
    // digits [. digits] [(e|E) [+|-] digits], a digit in the mantissa
    std::size_t i = 0;
    std::size_t mant_digits = 0;
    while (i < t.size() && detail::is_digit(t[i])) ++i, ++mant_digits;
    if (i < t.size() && t[i] == '.') {
        ++i;
        while (i < t.size() && detail::is_digit(t[i])) ++i, ++mant_digits;
    }
    bool valid = mant_digits > 0;
    if (valid && i < t.size()) {
        if (t[i] == 'e' || t[i] == 'E') {
            ++i;
            if (i < t.size() && (t[i] == '+' || t[i] == '-')) ++i;
            std::size_t exp_digits = 0;
            while (i < t.size() && detail::is_digit(t[i])) ++i, ++exp_digits;
            valid = exp_digits > 0 && i == t.size();
        } else {
            valid = false;
        }
    }
    if (!valid) return detail::atof_error(x, false, "Invalid character(s) in the number: " + detail::quoted_plain(t));
    const double v = detail::atof_decimal(t);
    return p.negative ? -v : v;
}

namespace detail {

// to_integer of the legacy parser: a 24-digit buffer as a UInt64, or the
// "too large" detail.
inline bool atof_legacy_to_u64(const char (&digits)[24], std::uint64_t& out, std::string& err) {
    static constexpr char kMax[] = "000018446744073709551615";
    if (std::string_view(digits, 24) > std::string_view(kMax, 24)) {
        std::string_view num(digits, 24);
        while (!num.empty() && num.front() == '0') num.remove_prefix(1);
        err = "The string is too large to be converted to an integer: " + quoted_plain(num) + ".";
        return false;
    }
    std::uint64_t v = 0;
    for (char c : digits) v = v * 10 + std::uint64_t(c - '0');
    out = v;
    return true;
}

// Mojo before 26.2.
inline Raises<double> atof_legacy(std::string_view x) {
    if (x.empty() || x == ".") return atof_error(x, true, {});
    const AtofPrefix p = atof_prefix(x);
    if (p.special) return p.value;
    const std::string_view t = p.t;
    std::string d = atof_ends_detail(t);
    if (!d.empty()) return atof_error(x, true, d);

    char exponent[24], significand[24];
    for (int k = 0; k < 24; ++k) exponent[k] = significand[k] = '0';
    char* writing = exponent;
    std::int64_t index = 24, additional = 0, multiplier = 1;
    bool dot_or_e = false;
    for (std::size_t r = t.size(); r-- > 0;) {
        if (--index < 0) return atof_error(x, true, "The number is too long, it's not supported yet. " + quoted_plain(t));
        const char c = t[r];
        if (c == '.') {
            dot_or_e = true;
            if (writing == exponent) {  // those digits were the significand's
                for (int k = 0; k < 24; ++k) {
                    significand[k] = exponent[k];
                    exponent[k] = '0';
                }
                writing = significand;
            }
            additional = 24 - index - 1;
            ++index;
        } else if (c == '-') {
            multiplier = -1;
        } else if (c == '+') {
        } else if (c == 'e' || c == 'E') {
            dot_or_e = true;
            writing = significand;
            index = 24;
        } else if (is_digit(c)) {
            writing[index] = c;
        } else {
            return atof_error(x, true, "Invalid character(s) in the number: " + quoted_plain(t));
        }
    }
    if (!dot_or_e) {
        for (int k = 0; k < 24; ++k) {
            significand[k] = exponent[k];
            exponent[k] = '0';
        }
    }
    std::uint64_t e = 0, w = 0;
    std::string err;
    if (!atof_legacy_to_u64(exponent, e, err)) return atof_error(x, true, err);
    if (!atof_legacy_to_u64(significand, w, err)) return atof_error(x, true, err);
    const auto q = std::int64_t(std::uint64_t(multiplier) * e - std::uint64_t(additional));  // wraps, as in Mojo
    double v = 0.0;
    if (w != 0 && q >= -342) {
        if (q > 308) {
            v = std::numeric_limits<double>::infinity();
        } else {
            // w * 10^q, correctly rounded (what Mojo's Clinger / Eisel-Lemire paths give)
            std::string num = std::to_string(w) + "e" + std::to_string(q);
            v = atof_decimal(num);
        }
    }
    return p.negative ? -v : v;
}

}  // namespace detail
}  // namespace mojo::strings
