// mojo/string/find.hpp -- String.find, rfind, count, __contains__,
// startswith, endswith. All offsets are in bytes. Checked against Mojo 1.2
// (every case of a grid of prefixes/starts/ends) and 0.25.6:
//
//   find(sub, start=0): an empty sub is found at 0 whatever `start` is; -1 when
//     byte_length < len(sub) + start; a negative start counts from the end
//     (clamped at 0): "hello".find("lo", -2) == 3, find("h", -10) == 0.
//   rfind(sub, start=0): the last match at or after `start`; an empty sub gives
//     byte_length; otherwise the same rules as find.
//   count(sub): non-overlapping matches, left to right ("aaaa".count("aa") == 2);
//     an empty sub gives byte_length + 1.
//   sub in s: find(sub) != -1 (so "" is in every string).
//   startswith(prefix, start=0, end=-1) / endswith(suffix, ...): Mojo 1.2 is
//     Python's bytes.startswith/endswith on s[start:end] (negative indices
//     count from the end, clamped; start past the end is False even for an
//     empty prefix), except that end == -1 means "to the end".
//     Before 26.2 (detail::startswith_legacy / endswith_legacy) they were
//     find/rfind based and a negative start was not normalised:
//     "hello".startswith("l", -3) is True in 1.2, False in 0.25.6;
//     "hello".endswith("", 6) is False in 1.2, True in 0.25.6.
#pragma once

#include "mojo/config.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "mojo/builtin/int.hpp"

namespace mojo::strings {
namespace detail {

inline std::int64_t find_impl(std::string_view s, std::string_view sub, std::int64_t start) noexcept {
    if (sub.empty()) return 0;
    const auto len = std::int64_t(s.size());
    if (len < std::int64_t(sub.size()) + start) return -1;
    std::int64_t from = start >= 0 ? start : (start + len > 0 ? start + len : 0);
    std::size_t r = s.find(sub, std::size_t(from));
    return r == std::string_view::npos ? -1 : std::int64_t(r);
}

inline std::int64_t rfind_impl(std::string_view s, std::string_view sub, std::int64_t start) noexcept {
    const auto len = std::int64_t(s.size());
    if (sub.empty()) return len;
    if (len < std::int64_t(sub.size()) + start) return -1;
    std::int64_t from = start >= 0 ? start : (start + len > 0 ? start + len : 0);
    std::size_t r = s.rfind(sub);
    return (r == std::string_view::npos || std::int64_t(r) < from) ? -1 : std::int64_t(r);
}

// Python's slice normalisation of one index (clamped to [0, len]).
inline std::int64_t clamp_index(std::int64_t i, std::int64_t len) noexcept {
    if (i < 0) {
        i += len;
        if (i < 0) i = 0;
    } else if (i > len) {
        i = len;
    }
    return i;
}

// The window s[start:end] that startswith/endswith (1.2) test, Python-style;
// false when there is none (start past the end, or end before start).
inline bool affix_window(std::string_view s, std::int64_t start, std::int64_t end, std::string_view& win) noexcept {
    const auto len = std::int64_t(s.size());
    if (start > len) return false;  // Python: a start past the end never matches
    std::int64_t b = clamp_index(start, len);
    std::int64_t e = end == -1 ? len : clamp_index(end, len);
    if (e < b) return false;
    win = s.substr(std::size_t(b), std::size_t(e - b));
    return true;
}

}  // namespace detail

inline Int find(std::string_view s, std::string_view sub, Int start = Int(0)) noexcept {
    return Int(detail::find_impl(s, sub, start.value));
}

inline Int rfind(std::string_view s, std::string_view sub, Int start = Int(0)) noexcept {
    return Int(detail::rfind_impl(s, sub, start.value));
}

inline Int count(std::string_view s, std::string_view sub) noexcept {
    if (sub.empty()) return Int(std::int64_t(s.size()) + 1);
    std::int64_t n = 0;
    std::size_t at = 0;
    while ((at = s.find(sub, at)) != std::string_view::npos) {
        ++n;
        at += sub.size();
    }
    return Int(n);
}

// `sub in s`
inline bool contains(std::string_view s, std::string_view sub) noexcept {
    return s.find(sub) != std::string_view::npos;
}

inline bool startswith(std::string_view s, std::string_view prefix, Int start = Int(0), Int end = Int(-1)) noexcept {
    std::string_view w;
    if (!detail::affix_window(s, start.value, end.value, w)) return false;
    return w.substr(0, prefix.size()) == prefix;
}

inline bool endswith(std::string_view s, std::string_view suffix, Int start = Int(0), Int end = Int(-1)) noexcept {
    std::string_view w;
    if (!detail::affix_window(s, start.value, end.value, w)) return false;
    return w.size() >= suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
}

namespace detail {

// Mojo before 26.2: startswith is find(prefix, start) == start, endswith is
// rfind(suffix, start) + len(suffix) == len; with an explicit end the window
// is the raw bytes [start, end) (a negative length: only "" starts it and
// nothing ends it). Bytes the window would read past the string never match
// here (Mojo reads whatever memory is there).
inline bool startswith_legacy(std::string_view s, std::string_view prefix, Int start = Int(0), Int end = Int(-1)) {
    const auto len = std::int64_t(s.size());
    if (end.value == -1) return find_impl(s, prefix, start.value) == start.value;
    const std::int64_t wlen = end.value - start.value;
    if (wlen < 0) return prefix.empty();
    if (std::int64_t(prefix.size()) > wlen) return false;
    if (start.value < 0 || start.value + std::int64_t(prefix.size()) > len) return prefix.empty();
    return s.substr(std::size_t(start.value), prefix.size()) == prefix;
}

inline bool endswith_legacy(std::string_view s, std::string_view suffix, Int start = Int(0), Int end = Int(-1)) {
    const auto len = std::int64_t(s.size());
    if (std::int64_t(suffix.size()) > len) return false;
    if (end.value == -1) return rfind_impl(s, suffix, start.value) + std::int64_t(suffix.size()) == len;
    const std::int64_t wlen = end.value - start.value;
    if (wlen < 0 || std::int64_t(suffix.size()) > wlen) return false;
    if (suffix.empty()) return true;
    const std::int64_t at = end.value - std::int64_t(suffix.size());
    if (at < 0 || end.value > len) return false;
    return s.substr(std::size_t(at), suffix.size()) == suffix;
}

}  // namespace detail
}  // namespace mojo::strings
