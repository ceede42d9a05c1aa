// mojo/string/replace.hpp -- String.replace(old, new): every non-overlapping
// occurrence, left to right ("aaaa".replace("aa", "b") == "bb"). Checked
// against Mojo 1.2 and 0.25.6.
//
// An empty `old` puts `new` before every codepoint and not at the end, unlike
// Python: "héllo".replace("", "-") == "-h-é-l-l-o", "".replace("", "-") == "".
// Mojo before 26.2 (detail::replace_legacy) did that per byte, splitting é.
#pragma once

#include "mojo/config.hpp"

#include <cstddef>
#include <string>
#include <string_view>

#include "mojo/builtin/string.hpp"
#include "mojo/string/utf8.hpp"

namespace mojo::strings {
namespace detail {

inline String replace_impl(std::string_view s, std::string_view old, std::string_view repl, bool per_byte) {
    std::string out;
    if (old.empty()) {
        out.reserve(s.size() * (repl.size() + 1));
        for (std::size_t i = 0; i < s.size();) {
            std::size_t len = per_byte ? 1 : utf8_len(static_cast<unsigned char>(s[i]));
            if (i + len > s.size()) len = s.size() - i;
            out.append(repl);
            out.append(s.data() + i, len);
            i += len;
        }
        return String(std::move(out));
    }
    std::size_t at = s.find(old);
    if (at == std::string_view::npos) return String(s);
    out.reserve(s.size());
    std::size_t from = 0;
    do {
        out.append(s.data() + from, at - from);
        out.append(repl);
        from = at + old.size();
        at = s.find(old, from);
    } while (at != std::string_view::npos);
    out.append(s.data() + from, s.size() - from);
    return String(std::move(out));
}

// Mojo before 26.2: an empty `old` interleaves per byte.
inline String replace_legacy(std::string_view s, std::string_view old, std::string_view repl) {
    return replace_impl(s, old, repl, true);
}

}  // namespace detail

inline String replace(std::string_view s, std::string_view old, std::string_view repl) {
    return detail::replace_impl(s, old, repl, false);
}

}  // namespace mojo::strings
