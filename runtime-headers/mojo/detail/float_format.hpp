// mojo/detail/float_format.hpp -- the exact text Mojo prints for Float64/Float32.
// Host only: snprintf is not available in device code.
#pragma once

#include "mojo/config.hpp"
#include "mojo/detail/float_digits.hpp"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <type_traits>

namespace mojo::detail {

// Buffer size that every format_* function below fits in (longest: legacy
// "%.17g" of -1.2345678901234567e-308 plus ".0", or a 17-digit fixed number
// with 15 leading zeros).
inline constexpr int kFloatBufSize = 64;

// Files of edition <= 24.5 were compiled by a Mojo that printed floats with
// "%.17g" (plus ".0" for integral values). Generated code for such files calls
// set_legacy_float_format(true) before running main.
inline bool legacy_float_format_flag = false;
inline void set_legacy_float_format(bool on) noexcept { legacy_float_format_flag = on; }
inline bool legacy_float_format() noexcept { return legacy_float_format_flag; }

// Lays out Mojo's shortest digits (float_digits.hpp) in Python's repr style,
// which Mojo 1.2 follows: scientific when the decimal exponent is < -4 or
// >= 16, exponent with a sign and at least two digits, and a ".0" on integral
// fixed-point values.
template <class F>
inline int format_float_shortest(char* out, F v) noexcept {
    char* p = out;
    if (std::isnan(v)) {
        std::memcpy(p, "nan", 3);
        return 3;
    }
    if (std::signbit(v)) *p++ = '-';
    if (std::isinf(v)) {
        std::memcpy(p, "inf", 3);
        return int(p - out) + 3;
    }
    char digits[32] = {};
    int nd = 0;
    int exp = 0;  // decimal exponent of the first digit
    if (v == F(0)) {
        digits[nd++] = '0';
    } else {
        // Mojo's own digits (float_digits.hpp), not std::to_chars's
        std::uint64_t sig = 0;
        int e10 = 0;
        if constexpr (std::is_same_v<F, float>) {
            std::uint32_t s32 = 0;
            float32_decimal(v, s32, e10);
            sig = s32;
        } else {
            float64_decimal(double(v), sig, e10);
        }
        char rev[24];
        int n = 0;
        for (; sig != 0; sig /= 10) rev[n++] = char('0' + sig % 10);
        for (int i = n - 1; i >= 0; --i) digits[nd++] = rev[i];
        exp = e10 + nd - 1;
    }

    if (exp < -4 || exp >= 16) {
        *p++ = digits[0];
        if (nd > 1) {
            *p++ = '.';
            std::memcpy(p, digits + 1, std::size_t(nd - 1));
            p += nd - 1;
        }
        *p++ = 'e';
        *p++ = exp < 0 ? '-' : '+';
        int ae = exp < 0 ? -exp : exp;
        if (ae >= 100) *p++ = char('0' + ae / 100);
        *p++ = char('0' + (ae / 10) % 10);
        *p++ = char('0' + ae % 10);
    } else if (exp >= 0) {
        int int_digits = exp + 1;
        for (int i = 0; i < int_digits; ++i) *p++ = i < nd ? digits[i] : '0';
        *p++ = '.';
        if (nd > int_digits) {
            std::memcpy(p, digits + int_digits, std::size_t(nd - int_digits));
            p += nd - int_digits;
        } else {
            *p++ = '0';
        }
    } else {
        *p++ = '0';
        *p++ = '.';
        for (int i = 0; i < -exp - 1; ++i) *p++ = '0';
        std::memcpy(p, digits, std::size_t(nd));
        p += nd;
    }
    return int(p - out);
}

// Old Mojo: snprintf("%.17g") and ".0" appended when the text is only digits
// (so not for "inf", "nan" or exponent forms). Float32 went through Float64.
inline int format_float_legacy(char* out, double v) noexcept {
    if (std::isnan(v)) {  // glibc would print "-nan" for the default x86 NaN
        std::memcpy(out, "nan", 3);
        return 3;
    }
    int n = std::snprintf(out, kFloatBufSize, "%.17g", v);
    const char* q = out;
    if (*q == '-') ++q;
    while (*q >= '0' && *q <= '9') ++q;
    if (*q == '\0' && n + 2 < kFloatBufSize) {
        out[n++] = '.';
        out[n++] = '0';
        out[n] = '\0';
    }
    return n;
}

// The text `print` / `String()` produce for a float. Returns the length;
// `out` needs kFloatBufSize bytes. Not NUL-terminated.
inline int format_float(char* out, double v) noexcept {
    if (legacy_float_format_flag) return format_float_legacy(out, v);
    return format_float_shortest(out, v);
}
inline int format_float(char* out, float v) noexcept {
    if (legacy_float_format_flag) return format_float_legacy(out, double(v));
    return format_float_shortest(out, v);
}

}  // namespace mojo::detail
