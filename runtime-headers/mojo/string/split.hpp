// mojo/string/split.hpp -- String.split and String.splitlines (Mojo 1.2;
// 0.25.6 gives the same results except for splitlines, see below). Mojo
// returns a List of StringSlice views; here a List[String] of copies (short
// words stay in the small-string buffer, so a word costs no allocation).
//
//   split(sep) / split(sep, maxsplit):
//     "a,b,,c,".split(",") == ["a", "b", "", "c", ""];  "".split(",") == [""]
//     "aaa".split("aa") == ["", "a"];  maxsplit=n: at most n cuts, the rest
//     whole ("a,b,c".split(",", 1) == ["a", "b,c"]); maxsplit=-1: no limit.
//     An empty sep yields "", every codepoint, "" ("ab" -> ["", "a", "b", ""])
//     and ignores maxsplit (both checked against Mojo 1.2).
//   split() / split(maxsplit=n): runs of universal whitespace (see utf8.hpp)
//     separate words; none at either end ("  a  b ".split() == ["a", "b"]);
//     once n words are cut the rest of the text, from the next word on and
//     with its trailing whitespace, is the last item ("  a  b  ".split(maxsplit=1)
//     == ["a", "b  "]).
//   maxsplit < -1 makes Mojo abort (a negative List capacity); here it means
//   no limit *(chosen)*.
//   splitlines(keepends=False): breaks at the line breaks of utf8.hpp ("\r\n"
//     counts once); a final break ends the last line without starting another
//     ("a\n".splitlines() == ["a"]); keepends keeps the break on each line.
//     Mojo 0.25.6 differs (detail::splitlines_legacy): "a\rx\nb" -> ["a", "b"].
//
// The whitespace split is the word-frequency hot path: one pass over the bytes
// counts the words (so the List is allocated once, exactly), a second pass
// copies them; each byte is classified by one table lookup.
#pragma once

#include "mojo/config.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "mojo/builtin/int.hpp"
#include "mojo/builtin/none.hpp"
#include "mojo/builtin/string.hpp"
#include "mojo/collections/list.hpp"
#include "mojo/string/utf8.hpp"

namespace mojo::strings {
namespace detail {

// Calls word(begin, end) for each item of the whitespace split; returns the count.
template <class F>
MOJO_ALWAYS_INLINE std::int64_t scan_words(std::string_view s, std::int64_t maxsplit, F&& word) {
    const char* p = s.data();
    const std::size_t n = s.size();
    std::size_t i = 0;
    std::int64_t items = 0;
    while (true) {
        // skip a run of whitespace
        while (i < n) {
            const unsigned char k = kSpaceTable.v[static_cast<unsigned char>(p[i])];
            if (k == 0) break;
            if (k == 1) {
                ++i;
                continue;
            }
            const std::size_t sl = space_len_at(p, i, n);
            if (sl == 0) break;
            i += sl;
        }
        if (i >= n) break;
        std::size_t j;
        if (items == maxsplit) {
            j = n;  // the rest, trailing whitespace included
        } else {
            j = i + utf8_len(static_cast<unsigned char>(p[i]));
            while (j < n) {
                const unsigned char k = kSpaceTable.v[static_cast<unsigned char>(p[j])];
                if (k == 1 || (k == 2 && space_len_at(p, j, n) != 0)) break;
                ++j;
            }
            if (j > n) j = n;
        }
        word(i, j);
        ++items;
        i = j;
    }
    return items;
}

inline List<String> split_whitespace_impl(std::string_view s, std::int64_t maxsplit) {
    if (maxsplit < -1) maxsplit = -1;
    List<String> out;
    const std::int64_t count = scan_words(s, maxsplit, [](std::size_t, std::size_t) {});
    if (count == 0) return out;
    out.reserve(Int(count));
    const char* p = s.data();
    scan_words(s, maxsplit, [&](std::size_t b, std::size_t e) { out.append(String(p + b, e - b)); });
    return out;
}

inline List<String> split_sep_impl(std::string_view s, std::string_view sep, std::int64_t maxsplit) {
    List<String> out;
    const std::size_t n = s.size();
    if (sep.empty()) {
        // "", then every codepoint, then "" (maxsplit is not consulted)
        out.reserve(Int(std::int64_t(count_codepoints(s) + 2)));
        out.append(String());
        for (std::size_t i = 0; i < n;) {
            std::size_t len = utf8_len(static_cast<unsigned char>(s[i]));
            if (i + len > n) len = n - i;
            out.append(String(s.data() + i, len));
            i += len;
        }
        out.append(String());
        return out;
    }
    if (maxsplit < -1) maxsplit = -1;
    std::int64_t items = 0;
    std::size_t lhs = 0;
    while (true) {
        std::size_t rhs = items == maxsplit ? std::string_view::npos : s.find(sep, lhs);
        if (rhs == std::string_view::npos) {
            out.append(String(s.data() + lhs, n - lhs));
            return out;
        }
        out.append(String(s.data() + lhs, rhs - lhs));
        ++items;
        lhs = rhs + sep.size();
    }
}

}  // namespace detail

// s.split(sep), s.split(sep, maxsplit)
inline List<String> split(std::string_view s, std::string_view sep) { return detail::split_sep_impl(s, sep, -1); }
inline List<String> split(std::string_view s, std::string_view sep, Int maxsplit) {
    return detail::split_sep_impl(s, sep, maxsplit.value);
}

// s.split(), s.split(None), s.split(maxsplit=n), s.split(None, maxsplit=n):
// every spelling of the whitespace split (`sep: NoneType = None` may arrive
// as mojo::None or not at all).
inline List<String> split_whitespace(std::string_view s) { return detail::split_whitespace_impl(s, -1); }
inline List<String> split_whitespace(std::string_view s, NoneType) { return detail::split_whitespace_impl(s, -1); }
inline List<String> split_whitespace(std::string_view s, Int maxsplit) {
    return detail::split_whitespace_impl(s, maxsplit.value);
}
inline List<String> split_whitespace(std::string_view s, NoneType, Int maxsplit) {
    return detail::split_whitespace_impl(s, maxsplit.value);
}
inline List<String> split(std::string_view s) { return detail::split_whitespace_impl(s, -1); }
inline List<String> split(std::string_view s, NoneType) { return detail::split_whitespace_impl(s, -1); }
inline List<String> split(std::string_view s, NoneType, Int maxsplit) {
    return detail::split_whitespace_impl(s, maxsplit.value);
}

// s.splitlines(keepends=False)
inline List<String> splitlines(std::string_view s, bool keepends = false) {
    List<String> out;
    const std::size_t n = s.size();
    std::size_t start = 0, i = 0;
    while (i < n) {
        const std::size_t nl = detail::newline_len_at(s, i);
        if (nl == 0) {
            ++i;
            continue;
        }
        out.append(String(s.data() + start, (keepends ? i + nl : i) - start));
        i += nl;
        start = i;
    }
    if (start < n) out.append(String(s.data() + start, n - start));
    return out;
}

namespace detail {

// splitlines in Mojo before 26.2: without keepends, a line whose break is
// "\n" is dropped when the previous line ended in "\r" (its "\r\n" test looked
// at the previous line's break, not the previous byte): "a\rx\nb" gives
// ["a", "b"] there, ["a", "x", "b"] in 1.2. With keepends it is 1.2's result.
inline List<String> splitlines_legacy(std::string_view s, bool keepends = false) {
    if (keepends) return splitlines(s, true);
    List<String> out;
    const std::size_t n = s.size();
    std::size_t start = 0;
    unsigned char prev_last = 0;
    while (start < n) {
        std::size_t i = start, brk = 0;
        unsigned char last = 0;
        while (i < n) {
            last = static_cast<unsigned char>(s[i]);
            // "\r" alone is a break here ("\r\n" is handled by the test below)
            brk = last == '\r' ? 1 : newline_len_at(s, i);
            if (brk != 0) break;
            i += utf8_len(last);
        }
        if (i > n) i = n;
        const std::size_t line_end = brk ? i + brk : i;
        const bool skip = prev_last == '\r' && last == '\n';
        prev_last = last;
        if (!skip) out.append(String(s.data() + start, i - start));
        start = line_end;
    }
    return out;
}

}  // namespace detail

}  // namespace mojo::strings
