// mojo/testing/testing.hpp -- Mojo's `testing` module: assert_equal,
// assert_not_equal, assert_true, assert_false, assert_almost_equal,
// assert_is/assert_is_not and the assert_raises context manager. Each raises
// a mojo::Error with Mojo 1.2's message text. Host only.
//
// Mojo starts every message with the caller's source location,
// "At /path/f.mojo:4:21: AssertionError: ...". The functions here take that
// location as a trailing `location` argument ("file:line:col"; empty by
// default, and then the "At ...: " prefix is left out) for mojoc to fill in.
// Messages (checked with the compiler):
//   assert_equal(1, 2):   "AssertionError: `left == right` comparison failed:\n"
//                         "   left: 1\n  right: 2"   (+ "\n  reason: <msg>" with msg)
//   assert_not_equal:     the same with "`left != right` comparison failed:"
//   assert_true(False):   "AssertionError: condition was unexpectedly False" (or msg)
//   assert_false(True):   "AssertionError: condition was unexpectedly True" (or msg)
//   assert_almost_equal(1.0, 1.1):
//     "AssertionError: 1.0 is not close to 1.1 with a diff of 0.10000000000000009"
//     (+ " (<msg>)" with msg)
//   assert_raises without an error: "AssertionError: Didn't raise at <location>"
// When stdout is a terminal, Mojo colours the characters that differ in the
// left/right lines (ESC[91m red / ESC[92m green, each code point wrapped on its
// own); so do we.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

#include <unistd.h>

#include "mojo/builtin/error.hpp"
#include "mojo/builtin/raises.hpp"
#include "mojo/builtin/string.hpp"
#include "mojo/builtin/string_literal.hpp"
#include "mojo/detail/write.hpp"
#include "mojo/math/fp.hpp"

namespace mojo::testing {

namespace detail {

template <class A, class B>
inline bool equal(const A& a, const B& b) {
    if constexpr (requires { a.m__eq__(b); }) return static_cast<bool>(a.m__eq__(b));
    else return static_cast<bool>(a == b);
}

template <class T>
inline std::string text(const T& v) {
    return mojo::detail::to_std_string(v);
}

inline Error assertion(std::string_view location, const std::string& body) {
    std::string m;
    if (!location.empty()) {
        m += "At ";
        m += location;
        m += ": ";
    }
    m += "AssertionError: ";
    m += body;
    return Error(std::string_view(m));
}

// Length of the UTF-8 code point starting with byte c (1 for stray bytes).
inline std::size_t cp_len(unsigned char c) noexcept {
    if (c >= 0xF0) return 4;
    if (c >= 0xE0) return 3;
    if (c >= 0xC0) return 2;
    return 1;
}

// s with every code point that differs from `other` at the same position
// (or has no counterpart) wrapped in the colour `color` ("91" or "92").
inline std::string colorize(std::string_view s, std::string_view other, const char* color) {
    std::string out;
    std::size_t i = 0, j = 0;
    while (i < s.size()) {
        const std::size_t n = std::min(cp_len(static_cast<unsigned char>(s[i])), s.size() - i);
        const std::string_view cp = s.substr(i, n);
        bool same = false;
        if (j < other.size()) {
            const std::size_t m = std::min(cp_len(static_cast<unsigned char>(other[j])), other.size() - j);
            same = other.substr(j, m) == cp;
            j += m;
        }
        if (same) out += cp;
        else {
            out += "\x1b[";
            out += color;
            out += 'm';
            out += cp;
            out += "\x1b[0m";
        }
        i += n;
    }
    return out;
}

inline Error cmp_error(const char* cmp, const std::string& lhs, const std::string& rhs, const String& msg,
                       std::string_view location) {
    const bool color = ::isatty(1) == 1;
    std::string body = cmp;
    body += " failed:\n   left: ";
    body += color ? colorize(lhs, rhs, "91") : lhs;
    body += "\n  right: ";
    body += color ? colorize(rhs, lhs, "92") : rhs;
    if (msg.size() != 0) {
        body += "\n  reason: ";
        body += msg.str();
    }
    return assertion(location, body);
}

}  // namespace detail

template <class T>
inline Raises<void> assert_equal(const T& lhs, const T& rhs, const String& msg = String(),
                                 StringLiteral location = StringLiteral("")) {
    if (!detail::equal(lhs, rhs))
        return detail::cmp_error("`left == right` comparison", detail::text(lhs), detail::text(rhs), msg, location);
    return {};
}

template <class T>
inline Raises<void> assert_not_equal(const T& lhs, const T& rhs, const String& msg = String(),
                                     StringLiteral location = StringLiteral("")) {
    if (detail::equal(lhs, rhs))
        return detail::cmp_error("`left != right` comparison", detail::text(lhs), detail::text(rhs), msg, location);
    return {};
}

// assert_is / assert_is_not: identity; for the value types bound so far that is
// equality (Mojo requires Identifiable, e.g. PythonObject, Optional[None]).
template <class T>
inline Raises<void> assert_is(const T& lhs, const T& rhs, const String& msg = String(),
                              StringLiteral location = StringLiteral("")) {
    if (!detail::equal(lhs, rhs))
        return detail::cmp_error("`left is right` identification", detail::text(lhs), detail::text(rhs), msg, location);
    return {};
}
template <class T>
inline Raises<void> assert_is_not(const T& lhs, const T& rhs, const String& msg = String(),
                                  StringLiteral location = StringLiteral("")) {
    if (detail::equal(lhs, rhs))
        return detail::cmp_error("`left is not right` identification", detail::text(lhs), detail::text(rhs), msg,
                                 location);
    return {};
}

// assert_true/assert_false take anything Boolable (bool, Int, ...).
template <class T>
inline Raises<void> assert_true(const T& val, const String& msg = String("condition was unexpectedly False"),
                                StringLiteral location = StringLiteral("")) {
    if (!static_cast<bool>(val)) return detail::assertion(location, msg.str());
    return {};
}
template <class T>
inline Raises<void> assert_false(const T& val, const String& msg = String("condition was unexpectedly True"),
                                 StringLiteral location = StringLiteral("")) {
    if (static_cast<bool>(val)) return detail::assertion(location, msg.str());
    return {};
}

// assert_almost_equal(lhs, rhs, msg="", atol=1e-08, rtol=1e-05, equal_nan=False):
// math.isclose; the message shows |lhs - rhs| in the argument's type.
template <class F>
inline Raises<void> assert_almost_equal(F lhs, F rhs, const String& msg = String(), double atol = 1e-08,
                                        double rtol = 1e-05, bool equal_nan = false,
                                        StringLiteral location = StringLiteral("")) {
    static_assert(std::is_floating_point_v<F>, "assert_almost_equal: Float64 or Float32");
    if (mojo::math::isclose(lhs, rhs, atol, rtol, equal_nan)) return {};
    std::string body = detail::text(lhs) + " is not close to " + detail::text(rhs) + " with a diff of " +
                       detail::text(static_cast<F>(std::fabs(lhs - rhs)));
    if (msg.size() != 0) body += " (" + msg.str() + ")";
    return detail::assertion(location, body);
}

// `with assert_raises():` / `with assert_raises(contains="x"):`.
// m__exit__() (the block finished without raising) raises
// "AssertionError: Didn't raise at <location>"; m__exit__(error) returns true
// (swallow the error) when there is no `contains` or the message contains it,
// false otherwise (the error propagates unchanged, as in Mojo).
struct assert_raises {
    String message_contains;
    bool has_contains = false;
    String location;

    static assert_raises m__init__(StringLiteral location = StringLiteral("")) {
        assert_raises r;
        r.location = String(location);
        return r;
    }
    static assert_raises with_contains(const String& contains, StringLiteral location = StringLiteral("")) {
        assert_raises r;
        r.message_contains = contains;
        r.has_contains = true;
        r.location = String(location);
        return r;
    }
    void m__enter__() const noexcept {}
    Raises<void> m__exit__() const {
        return Error(std::string_view("AssertionError: Didn't raise at " + location.str()));
    }
    Raises<bool> m__exit__(const Error& error) const {
        if (!has_contains) return true;
        return std::string_view(error.message()).find(std::string_view(message_contains)) != std::string_view::npos;
    }
};

}  // namespace mojo::testing
