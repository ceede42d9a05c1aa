// mojo/string/format.hpp -- String.format(*args): Python-style replacement
// fields, Mojo's subset and Mojo's error messages (checked one by one against
// Mojo 1.2 and 0.25.6):
//
//   "{} {}"        automatic indexing        "{1} {0} {1}"  manual indexing
//   "{{" / "}}"    a literal brace           "{!r}" "{0!s}" repr / str of the argument
//   "{ 1 }", "{+1}", "{1_0}": the field is parsed by atol (so these are 1, 1, 10)
//
// Errors (the first one found, in this order of precedence):
//   a lone "}" (outside a field)  "there is a single curly } left unclosed or unescaped"
//   "{" inside a field ("{a{")    "there is a single curly { left unclosed or unescaped"
//   "{!}"                         "Empty conversion flag."
//   "{!x}", "{!rr}"               'Conversion flag "x" not recognized.'   (0.25.6: "recognised")
//   -- these stop parsing at the field: --
//   too few args for "{}"         "Automatic indexing require more args in *args"
//   "{name}", "{0:>5}", "{1.x}"   "Index name not in kwargs"
//   "{0} {}" (mixed)              "Cannot both use manual and automatic indexing"
//   "{3}" with 3 args, "{-1}"     "Index 3 not in *args"
//   an unclosed "{" at the end    "there is a single curly { left unclosed or unescaped"
// Mojo 0.25.6 aborts on a "}" that follows other text ("a}b"); here it raises
// the error above *(chosen)*.
//
// {!r}: 1.2 writes Int(1), Float64(2.5), 'it\'s' (strings always in single
// quotes); 0.25.6 writes 1, SIMD[DType.float64, 1](2.5), "it's".
#pragma once

#include "mojo/config.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "mojo/builtin/atol.hpp"
#include "mojo/builtin/error.hpp"
#include "mojo/builtin/raises.hpp"
#include "mojo/builtin/string.hpp"
#include "mojo/detail/protocols.hpp"
#include "mojo/detail/write.hpp"
#include "mojo/string/utf8.hpp"

namespace mojo::strings {
namespace detail {

struct FormatEntry {
    std::size_t first, last;  // the braces' positions
    enum Kind : unsigned char { OpenBrace, CloseBrace, Auto, Manual } kind;
    char flag;          // 0, 's' or 'r'
    std::int64_t index;  // Manual
};

inline constexpr std::string_view kFmtLeftErr = "there is a single curly { left unclosed or unescaped";
inline constexpr std::string_view kFmtRightErr = "there is a single curly } left unclosed or unescaped";

// Parses `fmt` for `nargs` arguments; on success fills `entries`.
inline Raises<void> parse_format(std::string_view fmt, std::int64_t nargs, bool legacy, std::vector<FormatEntry>& entries) {
    std::int64_t manual_count = 0, auto_count = 0;
    bool raised_auto = false, raised_manual = false, raised_kwarg = false;
    std::int64_t raised_manual_index = 0;
    std::string_view raised_kwarg_field;
    bool has_start = false;
    std::size_t start = 0;
    const std::size_t n = fmt.size();
    for (std::size_t i = 0; i < n; ++i) {
        const char c = fmt[i];
        if (c == '{') {
            if (!has_start) {
                has_start = true;
                start = i;
                continue;
            }
            if (i - start != 1) return Error(kFmtLeftErr);
            entries.push_back({start, i, FormatEntry::OpenBrace, 0, 0});  // "{{"
            has_start = false;
            continue;
        }
        if (c != '}') continue;
        if (!has_start) {
            if (i + 1 < n && fmt[i + 1] == '}') {
                entries.push_back({i, i + 1, FormatEntry::CloseBrace, 0, 0});  // "}}"
                ++i;
                continue;
            }
            return Error(kFmtRightErr);
        }
        FormatEntry e{start, i, FormatEntry::Auto, 0, 0};
        std::string_view field = fmt.substr(start + 1, i - start - 1);
        const std::size_t bang = field.find('!');
        if (bang != std::string_view::npos) {
            if (bang + 1 == field.size()) return Error("Empty conversion flag.");
            const std::string_view f = field.substr(bang + 1);
            if (f.size() > 1 || (f[0] != 's' && f[0] != 'r')) {
                std::string m = "Conversion flag \"";
                m.append(f);
                m += legacy ? "\" not recognised." : "\" not recognized.";
                return Error(std::string_view(m));
            }
            e.flag = f[0];
            field = field.substr(0, bang);
        }
        if (field.empty()) {
            if (auto_count >= nargs) {
                raised_auto = true;
                break;
            }
            ++auto_count;
        } else {
            Raises<Int> num = legacy ? mojo::detail::atol_legacy(field) : mojo::atol(field);
            if (num.has_error()) {
                raised_kwarg = true;
                raised_kwarg_field = field;
                break;
            }
            const std::int64_t k = num.value().value;
            e.kind = FormatEntry::Manual;
            e.index = k;
            if (k >= nargs || k < 0) {
                raised_manual = true;
                raised_manual_index = k;
                break;
            }
            ++manual_count;
        }
        entries.push_back(e);
        has_start = false;
    }
    if (raised_auto) return Error("Automatic indexing require more args in *args");
    if (raised_kwarg) {
        std::string m = "Index ";
        m.append(raised_kwarg_field);
        m += " not in kwargs";
        return Error(std::string_view(m));
    }
    if (manual_count && auto_count) return Error("Cannot both use manual and automatic indexing");
    if (raised_manual) {
        std::string m = "Index " + std::to_string(raised_manual_index) + " not in *args";
        return Error(std::string_view(m));
    }
    if (has_start) return Error(kFmtLeftErr);
    return {};
}

// One argument, as {} / {!s} (str) or {!r} (repr) writes it.
template <class T>
inline void format_arg(std::string& out, const T& v, char flag, bool legacy) {
    mojo::detail::StringWriter w(out);
    if (flag != 'r') {
        mojo::detail::write_value(w, v);
    } else if constexpr (std::is_convertible_v<const T&, std::string_view>) {
        out += repr_str(std::string_view(v), legacy);
    } else if constexpr (is_integer_v<T>) {
        if (legacy) mojo::detail::write_value(w, v);
        else mojo::detail::write_repr_value(w, v);
    } else if constexpr (std::is_floating_point_v<T>) {
        if (legacy) {
            out += std::is_same_v<T, float> ? "SIMD[DType.float32, 1](" : "SIMD[DType.float64, 1](";
            mojo::detail::write_value(w, v);
            out += ')';
        } else {
            mojo::detail::write_repr_value(w, v);
        }
    } else {
        mojo::detail::write_repr_value(w, v);
    }
}

template <class... Ts, std::size_t... Is>
inline void format_nth([[maybe_unused]] std::string& out, [[maybe_unused]] std::int64_t idx, [[maybe_unused]] char flag,
                       [[maybe_unused]] bool legacy, std::index_sequence<Is...>, const Ts&... args) {
    ((std::int64_t(Is) == idx ? (format_arg(out, args, flag, legacy), 0) : 0), ...);
}

template <class... Ts>
inline Raises<String> format_impl(std::string_view fmt, bool legacy, const Ts&... args) {
    std::vector<FormatEntry> entries;
    Raises<void> parsed = parse_format(fmt, std::int64_t(sizeof...(Ts)), legacy, entries);
    if (parsed.has_error()) return std::move(parsed).take_error();
    std::string out;
    out.reserve(fmt.size() + 8 * entries.size());
    std::size_t offset = 0;
    std::int64_t auto_idx = 0;
    for (const FormatEntry& e : entries) {
        out.append(fmt.data() + offset, e.first - offset);
        switch (e.kind) {
            case FormatEntry::OpenBrace: out += '{'; break;
            case FormatEntry::CloseBrace: out += '}'; break;
            case FormatEntry::Manual:
                format_nth(out, e.index, e.flag, legacy, std::index_sequence_for<Ts...>{}, args...);
                break;
            case FormatEntry::Auto:
                format_nth(out, auto_idx++, e.flag, legacy, std::index_sequence_for<Ts...>{}, args...);
                break;
        }
        offset = e.last + 1;
    }
    out.append(fmt.data() + offset, fmt.size() - offset);
    return String(std::move(out));
}

// Mojo before 26.2 (0.25.6): "recognised", and its repr for {!r}.
template <class... Ts>
inline Raises<String> format_legacy(std::string_view fmt, const Ts&... args) {
    return format_impl(fmt, true, args...);
}

}  // namespace detail

// fmt.format(args...)
template <class... Ts>
inline Raises<String> format(std::string_view fmt, const Ts&... args) {
    return detail::format_impl(fmt, false, args...);
}

// "literal".format(args...): Mojo checks a literal format string at compile
// time, so the call cannot raise; a field mojoc did not check at compile time
// that still fails here stops the program with Mojo's message.
template <class... Ts>
inline String format_literal(std::string_view fmt, const Ts&... args) {
    Raises<String> r = detail::format_impl(fmt, false, args...);
    if (r.has_error()) {
        std::fprintf(stderr, "%s\n", r.error().c_str());
        std::abort();
    }
    return std::move(r.value());
}

}  // namespace mojo::strings
