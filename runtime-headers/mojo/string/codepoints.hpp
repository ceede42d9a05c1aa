// mojo/string/codepoints.hpp -- indexing, slicing and iterating a String by
// byte and by codepoint. Mojo 1.2 has no s[i], s[a:b] or len(s) (compile
// errors); it has (all checked against it, aborts included):
//
//   s[byte=i]        the whole codepoint that starts at byte i ("aé"[byte=1] == "é");
//                    aborts "index 8 is out of bounds, valid range is 0 to 7"
//                    (negative i too) or "String span index, 2 does not lie on a
//                    codepoint boundary."
//   s[byte=a:b]      bytes a..b, omitted bounds 0 / byte_length; no negative
//                    indices, no step; aborts "slice start index -2 is out of
//                    bounds, valid range is 0 to 8", "slice end index 9 ...",
//                    "slice start index 5 is greater than slice end index 3",
//                    "String span starts on2 which is not a codepoint boundary."
//                    (sic), "String span ends on, 2 which is not a codepoint boundary."
//   s[codepoint=i]   codepoint number i; aborts "codepoint index is out of bounds: 4"
//   s[codepoint=a:b] codepoints a..b; the slice aborts above, counted in codepoints
//   s.count_codepoints(), s.codepoints() (Codepoint values), s.codepoint_slices()
//   (one-codepoint strings), s.as_bytes() / s.bytes() (UInt8 values).
//
// Mojo before 26.2 (0.25.6) indexes bytes (legacy_byte_at, legacy_slice):
//   len(s) == byte_length; s[i] is the byte at i as a one-byte String (even in
//   the middle of a codepoint), i < 0 counts from the end, out of range aborts
//   "String index out of bounds: index (8) valid range: -8 <= index < 8";
//   s[a:b:c] is Python's slicing of the bytes (clamped, any step, step 0 gives "").
//
// Aborts print "Assert Error: ..." / "ABORT: ..." on stdout and stop the
// process, as Mojo does (without Mojo's source location prefix).
#pragma once

#include "mojo/config.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "mojo/builtin/int.hpp"
#include "mojo/builtin/string.hpp"
#include "mojo/detail/protocols.hpp"
#include "mojo/string/utf8.hpp"

namespace mojo::strings {

// A Unicode codepoint, as s.codepoints() yields it (Mojo's Codepoint: prints
// as its character, to_u32() its number).
struct Codepoint {
    std::uint32_t value = 0;

    constexpr Codepoint() noexcept = default;
    constexpr explicit Codepoint(std::uint32_t v) noexcept : value(v) {}

    UInt32 to_u32() const noexcept { return UInt32(value); }
    Int utf8_byte_length() const noexcept { return Int(value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4); }
    bool is_ascii() const noexcept { return value < 0x80; }
    bool is_ascii_digit() const noexcept { return value >= '0' && value <= '9'; }
    bool is_ascii_upper() const noexcept { return value >= 'A' && value <= 'Z'; }
    bool is_ascii_lower() const noexcept { return value >= 'a' && value <= 'z'; }
    bool is_ascii_printable() const noexcept { return value >= 0x20 && value <= 0x7E; }
    bool is_posix_space() const noexcept { return value < 0x80 && detail::is_posix_space(static_cast<unsigned char>(value)); }
    // Int(c), c == d, c != d
    Int m__int__() const noexcept { return Int(std::int64_t(value)); }
    bool m__eq__(Codepoint o) const noexcept { return value == o.value; }
    bool m__ne__(Codepoint o) const noexcept { return value != o.value; }
    friend bool operator==(Codepoint a, Codepoint b) noexcept { return a.value == b.value; }
    friend bool operator!=(Codepoint a, Codepoint b) noexcept { return a.value != b.value; }
    friend bool operator<(Codepoint a, Codepoint b) noexcept { return a.value < b.value; }

    template <class W>
    void write_to(W& w) const {
        std::string s;
        detail::append_utf8(s, value);
        w.write_bytes(s.data(), s.size());
    }
};

namespace detail {

[[noreturn]] inline void string_abort(const std::string& msg) { mojo::detail::collection_abort(msg); }

inline std::string slice_bound_msg(const char* which, std::int64_t i, std::int64_t len) {
    return "Assert Error: slice " + std::string(which) + " index " + std::to_string(i) +
           " is out of bounds, valid range is 0 to " + std::to_string(len);
}

// Mojo's check_slice_bounds for a step-less slice of a sequence of `len`
// items: the bounds (omitted ones default), start <= end.
inline void check_slice(std::int64_t& start, std::int64_t& end, bool has_start, bool has_end, std::int64_t len) {
    if (!has_start) start = 0;
    if (!has_end) end = len;
    if (start < 0 || start > len) string_abort(slice_bound_msg("start", start, len));
    if (end < 0 || end > len) string_abort(slice_bound_msg("end", end, len));
    if (start > end)
        string_abort("Assert Error: slice start index " + std::to_string(start) + " is greater than slice end index " +
                     std::to_string(end));
}

inline bool is_boundary(std::string_view s, std::int64_t i) noexcept {
    return i == std::int64_t(s.size()) || !is_continuation(static_cast<unsigned char>(s[std::size_t(i)]));
}

// The position of a forward iterator over the codepoints of a view.
struct CodepointCursor {
    const char* p;
    const char* end;
    std::size_t len() const noexcept {
        std::size_t n = utf8_len(static_cast<unsigned char>(*p));
        const auto left = std::size_t(end - p);
        return n < left ? n : left;
    }
    friend bool operator==(const CodepointCursor& a, const CodepointCursor& b) noexcept { return a.p == b.p; }
};

}  // namespace detail

// ---- counts -------------------------------------------------------------------

inline Int count_codepoints(std::string_view s) noexcept { return Int(std::int64_t(detail::count_codepoints(s))); }

// ---- Mojo 1.2 indexing ----------------------------------------------------------

// s[byte=i]
inline String byte_at(std::string_view s, Int i) {
    const auto len = std::int64_t(s.size());
    if (i.value < 0 || i.value >= len)
        detail::string_abort("Assert Error: index " + std::to_string(i.value) + " is out of bounds, valid range is 0 to " +
                             std::to_string(len - 1));
    const auto at = std::size_t(i.value);
    if (detail::is_continuation(static_cast<unsigned char>(s[at])))
        detail::string_abort("Assert Error: String span index, " + std::to_string(i.value) +
                             " does not lie on a codepoint boundary.");
    std::size_t n = detail::utf8_len(static_cast<unsigned char>(s[at]));
    return String(s.substr(at, n));
}

// s[byte=a:b]; an omitted bound comes with has_start / has_end false.
inline String byte_slice(std::string_view s, Int start, Int end, bool has_start = true, bool has_end = true) {
    std::int64_t b = start.value, e = end.value;
    detail::check_slice(b, e, has_start, has_end, std::int64_t(s.size()));
    if (!detail::is_boundary(s, b))
        detail::string_abort("Assert Error: String span starts on" + std::to_string(b) + " which is not a codepoint boundary.");
    if (!detail::is_boundary(s, e))
        detail::string_abort("Assert Error: String span ends on, " + std::to_string(e) + " which is not a codepoint boundary.");
    return String(s.substr(std::size_t(b), std::size_t(e - b)));
}

// s[codepoint=i]
inline String codepoint_at(std::string_view s, Int i) {
    const auto count = std::int64_t(detail::count_codepoints(s));
    if (i.value < 0 || i.value >= count) detail::string_abort("ABORT: codepoint index is out of bounds: " + std::to_string(i.value));
    const std::size_t at = detail::codepoint_offset(s, std::size_t(i.value));
    std::size_t n = detail::utf8_len(static_cast<unsigned char>(s[at]));
    return String(s.substr(at, n));
}

// s[codepoint=a:b]
inline String codepoint_slice(std::string_view s, Int start, Int end, bool has_start = true, bool has_end = true) {
    std::int64_t b = start.value, e = end.value;
    detail::check_slice(b, e, has_start, has_end, std::int64_t(detail::count_codepoints(s)));
    const std::size_t bb = detail::codepoint_offset(s, std::size_t(b));
    const std::size_t eb = bb + detail::codepoint_offset(s.substr(bb), std::size_t(e - b));
    return String(s.substr(bb, eb - bb));
}

// ---- iteration ------------------------------------------------------------------

// s.codepoints(): Codepoint values; len() is the number left.
struct CodepointRange {
    std::string_view s;
    struct iterator {
        detail::CodepointCursor at;
        Codepoint operator*() const noexcept {
            return Codepoint(detail::decode_at(std::string_view(at.p, std::size_t(at.end - at.p)), 0).cp);
        }
        iterator& operator++() noexcept {
            at.p += at.len();
            return *this;
        }
        friend bool operator==(const iterator& a, const iterator& b) noexcept { return a.at == b.at; }
    };
    iterator begin() const noexcept { return {{s.data(), s.data() + s.size()}}; }
    iterator end() const noexcept { return {{s.data() + s.size(), s.data() + s.size()}}; }
    Int m__len__() const noexcept { return Int(std::int64_t(detail::count_codepoints(s))); }
};

// s.codepoint_slices(): one-codepoint Strings.
struct CodepointSliceRange {
    std::string_view s;
    struct iterator {
        detail::CodepointCursor at;
        String operator*() const { return String(at.p, at.len()); }
        iterator& operator++() noexcept {
            at.p += at.len();
            return *this;
        }
        friend bool operator==(const iterator& a, const iterator& b) noexcept { return a.at == b.at; }
    };
    iterator begin() const noexcept { return {{s.data(), s.data() + s.size()}}; }
    iterator end() const noexcept { return {{s.data() + s.size(), s.data() + s.size()}}; }
    Int m__len__() const noexcept { return Int(std::int64_t(detail::count_codepoints(s))); }
};

// s.as_bytes() / s.bytes(): the UTF-8 bytes as UInt8 values; len(), [i].
struct ByteRange {
    std::string_view s;
    struct iterator {
        const char* p;
        UInt8 operator*() const noexcept { return UInt8(static_cast<unsigned char>(*p)); }
        iterator& operator++() noexcept {
            ++p;
            return *this;
        }
        friend bool operator==(const iterator& a, const iterator& b) noexcept { return a.p == b.p; }
    };
    iterator begin() const noexcept { return {s.data()}; }
    iterator end() const noexcept { return {s.data() + s.size()}; }
    Int m__len__() const noexcept { return Int(std::int64_t(s.size())); }
    // xs[i]: negative counts from the end, as Span does
    UInt8 m__getitem__(Int i) const noexcept {
        const std::int64_t k = i.value < 0 ? i.value + std::int64_t(s.size()) : i.value;
        return UInt8(static_cast<unsigned char>(s[std::size_t(k)]));
    }
};

inline CodepointRange codepoints(std::string_view s) noexcept { return {s}; }
inline CodepointSliceRange codepoint_slices(std::string_view s) noexcept { return {s}; }
inline ByteRange as_bytes(std::string_view s) noexcept { return {s}; }
inline ByteRange bytes(std::string_view s) noexcept { return {s}; }

// ---- Mojo before 26.2: byte positions ----------------------------------------------

namespace detail {

// s[i] (legacy): the byte at i as a one-byte String; i < 0 counts from the end.
inline String legacy_byte_at(std::string_view s, Int i) {
    const auto len = std::int64_t(s.size());
    const std::int64_t k = i.value < 0 ? i.value + len : i.value;
    if (k < 0 || k >= len)
        string_abort("Assert Error: String index out of bounds: index (" + std::to_string(i.value) + ") valid range: -" +
                     std::to_string(len) + " <= index < " + std::to_string(len));
    return String(s.substr(std::size_t(k), 1));
}

// s[a:b:c] (legacy): Python slicing of the bytes; step 0 gives "".
inline String legacy_slice(std::string_view s, Int start, Int end, Int step, bool has_start = true, bool has_end = true) {
    if (step.value == 0) return String();
    const mojo::detail::SliceRange r =
        mojo::detail::slice_indices(std::int64_t(s.size()), start.value, end.value, step.value, has_start, has_end);
    if (r.step == 1) return String(s.substr(std::size_t(r.start), std::size_t(r.count)));
    std::string out;
    out.reserve(std::size_t(r.count));
    for (std::int64_t k = 0, i = r.start; k < r.count; ++k, i += r.step) out += s[std::size_t(i)];
    return String(std::move(out));
}

}  // namespace detail
}  // namespace mojo::strings
