// mojo/builtin/string_literal.hpp -- Mojo StringLiteral: a constexpr view of
// static text. Kept separate from String (which owns a std::string) because it
// is also usable in device code, e.g. as an Error message inside a kernel.
#pragma once

#include <cstddef>

#include "mojo/config.hpp"

#include <string_view>

namespace mojo {

struct StringLiteral {
    const char* ptr = "";
    std::size_t size = 0;

    constexpr StringLiteral() noexcept = default;
    // From a C++ string literal: the array size gives the length, so embedded
    // NULs survive.
    template <std::size_t N>
    MOJO_HOST_DEVICE constexpr StringLiteral(const char (&s)[N]) noexcept : ptr(s), size(N - 1) {}
    MOJO_HOST_DEVICE constexpr StringLiteral(const char* p, std::size_t n) noexcept : ptr(p), size(n) {}

    MOJO_HOST_DEVICE constexpr const char* data() const noexcept { return ptr; }
    MOJO_HOST_DEVICE constexpr std::size_t byte_length() const noexcept { return size; }

    constexpr operator std::string_view() const noexcept { return std::string_view(ptr, size); }
    // Hand-written so that it is also usable in device code.
    MOJO_HOST_DEVICE friend constexpr bool operator==(StringLiteral a, StringLiteral b) noexcept {
        if (a.size != b.size) return false;
        for (std::size_t i = 0; i < a.size; ++i)
            if (a.ptr[i] != b.ptr[i]) return false;
        return true;
    }
    friend constexpr auto operator<=>(StringLiteral a, StringLiteral b) noexcept {
        return std::string_view(a) <=> std::string_view(b);
    }
};

}  // namespace mojo
