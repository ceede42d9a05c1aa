// mojo/string/join.hpp -- String.join: `sep.join(elems)` writes the elements
// (any Writable: strings, numbers, structs with write_to) with `sep` between
// them. ", ".join([1, 2, 3]) == "1, 2, 3"; an empty list gives "". Checked
// against Mojo 1.2 and 0.25.6.
#pragma once

#include "mojo/config.hpp"

#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>
#include <type_traits>

#include "mojo/builtin/string.hpp"
#include "mojo/detail/write.hpp"

namespace mojo::strings {

// `elems` is any range (mojo::List<T>, a C++ container, ...).
template <class Range>
inline String join(std::string_view sep, const Range& elems) {
    using E = std::remove_cv_t<std::remove_reference_t<decltype(*std::begin(elems))>>;
    std::string out;
    if constexpr (std::is_convertible_v<const E&, std::string_view>) {
        // strings: size the result once
        std::size_t total = 0, n = 0;
        for (const auto& e : elems) {
            total += std::string_view(e).size();
            ++n;
        }
        if (n == 0) return String();
        out.reserve(total + sep.size() * (n - 1));
        bool first = true;
        for (const auto& e : elems) {
            if (!first) out.append(sep);
            first = false;
            out.append(std::string_view(e));
        }
    } else {
        mojo::detail::StringWriter w(out);
        bool first = true;
        for (const auto& e : elems) {
            if (!first) out.append(sep);
            first = false;
            mojo::detail::write_value(w, e);
        }
    }
    return String(std::move(out));
}

}  // namespace mojo::strings
