// mojo/builtin/string.hpp -- Mojo String: owned UTF-8 bytes. Wraps std::string
// (SSO, fast append) rather than reimplementing it; host only, like Mojo's
// heap-allocating String.
#pragma once

#include "mojo/config.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "mojo/builtin/integer.hpp"
#include "mojo/builtin/string_literal.hpp"
#include "mojo/detail/write.hpp"

namespace mojo {

class String;

namespace detail {
// Types String(x) formats (explicitly): numbers, bool and Writable types.
template <class T>
inline constexpr bool is_formattable_v =
    !std::is_convertible_v<const T&, std::string_view> && !std::is_same_v<T, String> &&
    (is_integer_v<T> || std::is_arithmetic_v<T> || has_write_to<T, StringWriter>::value || has_write_to<T, Writer>::value);
}  // namespace detail

class String {
    std::string s_;

public:
    String() = default;
    String(const String&) = default;
    String& operator=(const String&) = default;
    // Moves are out of line under g++ (see MOJO_OUTLINE_GCC in config.hpp).
    MOJO_OUTLINE_GCC String(String&& o) noexcept : s_(std::move(o.s_)) {}
    MOJO_OUTLINE_GCC String& operator=(String&& o) noexcept {
        s_ = std::move(o.s_);
        return *this;
    }
    String(const char* s) : s_(s) {}
    String(std::string s) noexcept : s_(std::move(s)) {}
    String(std::string_view s) : s_(s) {}
    String(StringLiteral s) : s_(s.ptr, s.size) {}
    String(const char* p, std::size_t n) : s_(p, n) {}
    // String(x): the same text print(x) writes.
    template <class T, std::enable_if_t<detail::is_formattable_v<T>, int> = 0>
    explicit String(const T& v) : s_(detail::to_std_string(v)) {}

    std::string& str() & noexcept { return s_; }
    const std::string& str() const& noexcept { return s_; }
    std::string&& str() && noexcept { return std::move(s_); }
    const char* data() const noexcept { return s_.data(); }
    std::size_t size() const noexcept { return s_.size(); }
    Int byte_length() const noexcept { return Int(s_.size()); }
    const char* c_str() const noexcept { return s_.c_str(); }
    operator std::string_view() const noexcept { return s_; }

    String& operator+=(std::string_view o) {
        s_.append(o);
        return *this;
    }
    String& operator+=(const String& o) {
        s_.append(o.s_);
        return *this;
    }
    String& operator+=(StringLiteral o) {
        s_.append(o.ptr, o.size);
        return *this;
    }
    String& operator+=(const char* o) {
        s_.append(o);
        return *this;
    }

    // a + b: a fresh buffer sized once. Out of line on purpose (see
    // MOJO_OUTLINE in config.hpp); use the + operators.
    MOJO_OUTLINE static String concat(std::string_view a, std::string_view b) {
        String r;
        r.s_.reserve(a.size() + b.size());
        r.s_.append(a.data(), a.size());
        r.s_.append(b.data(), b.size());
        return r;
    }
    // a + b for an rvalue a: appends to a's buffer, so `a + b + c` reuses one.
    MOJO_OUTLINE static String concat_into(String&& a, std::string_view b) {
        a.s_.append(b.data(), b.size());
        return std::move(a);
    }

    // Concatenation: String + {String, StringLiteral, const char*} and reverse.
    friend String operator+(const String& a, const String& b) { return concat(a, b); }
    friend String operator+(const String& a, StringLiteral b) { return concat(a, b); }
    friend String operator+(const String& a, const char* b) { return concat(a, b); }
    friend String operator+(StringLiteral a, const String& b) { return concat(a, b); }
    friend String operator+(const char* a, const String& b) { return concat(a, b); }
    friend String operator+(String&& a, const String& b) { return concat_into(std::move(a), b); }
    friend String operator+(String&& a, StringLiteral b) { return concat_into(std::move(a), b); }
    friend String operator+(String&& a, const char* b) { return concat_into(std::move(a), b); }

    friend bool operator==(const String& a, const String& b) noexcept { return a.s_ == b.s_; }
    friend bool operator!=(const String& a, const String& b) noexcept { return a.s_ != b.s_; }
    friend bool operator<(const String& a, const String& b) noexcept { return a.s_ < b.s_; }
    friend bool operator<=(const String& a, const String& b) noexcept { return a.s_ <= b.s_; }
    friend bool operator>(const String& a, const String& b) noexcept { return a.s_ > b.s_; }
    friend bool operator>=(const String& a, const String& b) noexcept { return a.s_ >= b.s_; }
};

// StringLiteral + StringLiteral is a String (Mojo folds it at compile time; the
// value is the same).
inline String operator+(StringLiteral a, StringLiteral b) { return String::concat(a, b); }

// s * n: n copies of s (none when n <= 0), as Mojo's String.__mul__.
inline String repeat(std::string_view s, Int n) {
    std::string out;
    if (n.value > 0) {
        out.reserve(s.size() * std::size_t(n.value));
        for (std::int64_t i = 0; i < n.value; ++i) out.append(s.data(), s.size());
    }
    return String(std::move(out));
}

// len(s): byte length. (Mojo 1.2 rejects len(String) in favour of byte_length(),
// older editions accepted it with this meaning.)
inline Int len(const String& s) noexcept { return s.byte_length(); }
inline Int len(StringLiteral s) noexcept { return Int(s.size); }

// str(x) == String(x).
template <class T>
inline String str(const T& v) {
    if constexpr (std::is_convertible_v<const T&, std::string_view>) return String(std::string_view(v));
    else return String(v);
}

}  // namespace mojo
