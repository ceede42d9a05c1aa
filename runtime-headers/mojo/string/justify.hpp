// mojo/string/justify.hpp -- String.ascii_ljust / ascii_rjust / ascii_center
// (Mojo 1.2) and their 0.25.6 names ljust / rjust / center. Checked against
// both compilers.
//
// Widths count bytes: "hé".ascii_rjust(4, "-") == "-hé". A string already at
// least `width` long comes back unchanged. center puts the odd fill on the
// right: "hi".ascii_center(5, "*") == "*hi**".
//
// The fill is meant to be one byte. When it is not, Mojo 1.2 pads with its
// first byte ("hi".ascii_center(7, "ab") == "aahiaaa") and aborts on an empty
// one ("index 0 is out of bounds, valid range is 0 to -1"); Mojo 0.25.6 pads
// with the whole fill until the width is reached or passed
// ("hi".center(7, "ab") == "ababhiab") and loops forever on an empty one
// (here it stops at the text *(chosen)*).
#pragma once

#include "mojo/config.hpp"

#include <cstdint>
#include <string>
#include <string_view>

#include "mojo/builtin/int.hpp"
#include "mojo/builtin/string.hpp"
#include "mojo/detail/protocols.hpp"

namespace mojo::strings {
namespace detail {

// `left` fill units, the text, then fill until `width` bytes.
inline String justify(std::string_view s, std::int64_t left, std::int64_t width, std::string_view fill, bool legacy) {
    if (std::int64_t(s.size()) >= width) return String(s);
    std::string out;
    out.reserve(std::size_t(width));
    if (!legacy) {
        if (fill.empty()) mojo::detail::collection_abort("Assert Error: index 0 is out of bounds, valid range is 0 to -1");
        const char b = fill[0];
        out.append(std::size_t(left), b);
        out.append(s);
        out.append(std::size_t(width - std::int64_t(out.size())), b);
        return String(std::move(out));
    }
    for (std::int64_t k = 0; k < left; ++k) out.append(fill);
    out.append(s);
    if (!fill.empty())
        while (std::int64_t(out.size()) < width) out.append(fill);
    return String(std::move(out));
}

}  // namespace detail

inline String ascii_ljust(std::string_view s, Int width, std::string_view fillchar = " ") {
    return detail::justify(s, 0, width.value, fillchar, false);
}
inline String ascii_rjust(std::string_view s, Int width, std::string_view fillchar = " ") {
    return detail::justify(s, width.value - std::int64_t(s.size()), width.value, fillchar, false);
}
inline String ascii_center(std::string_view s, Int width, std::string_view fillchar = " ") {
    return detail::justify(s, (width.value - std::int64_t(s.size())) >> 1, width.value, fillchar, false);
}

// 0.25.6 spellings (and its multi-byte fill behaviour)
inline String ljust(std::string_view s, Int width, std::string_view fillchar = " ") {
    return detail::justify(s, 0, width.value, fillchar, true);
}
inline String rjust(std::string_view s, Int width, std::string_view fillchar = " ") {
    return detail::justify(s, width.value - std::int64_t(s.size()), width.value, fillchar, true);
}
inline String center(std::string_view s, Int width, std::string_view fillchar = " ") {
    return detail::justify(s, (width.value - std::int64_t(s.size())) >> 1, width.value, fillchar, true);
}

}  // namespace mojo::strings
