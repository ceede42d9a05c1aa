// mojo/collections/inline_array.hpp -- Mojo's InlineArray[T, N] (named Array
// in Mojo 1.2): N elements stored inline, no heap. The C++ copy copies each
// element through detail::copy_value; m__del__() Mojo-destroys each element
// (the array keeps its N C++ objects). Host only (printing).
#pragma once

#include "mojo/config.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>

#include "mojo/builtin/int.hpp"
#include "mojo/builtin/variadic.hpp"
#include "mojo/detail/lifecycle.hpp"
#include "mojo/detail/protocols.hpp"
#include "mojo/detail/write.hpp"

namespace mojo {

namespace detail {
// What sema names the iterator of an InlineArray (never materialised: `for`
// is a C++ range-for over the array).
template <class T>
using InlineArrayIter = T*;
}  // namespace detail

template <class T, std::int64_t N>
class InlineArray {
    static_assert(N >= 0, "InlineArray: negative size");
    std::array<T, std::size_t(N)> a_{};

public:
    using value_type = T;

    // ---- C++ lifecycle ----
    InlineArray() = default;  // elements value-initialised (Mojo: T's default __init__)
    InlineArray(const InlineArray& o) {
        for (std::size_t i = 0; i < std::size_t(N); ++i) a_[i] = detail::copy_value(o.a_[i]);
    }
    InlineArray(InlineArray&&) = default;
    InlineArray& operator=(const InlineArray& o) {
        if (this != &o)
            for (std::size_t i = 0; i < std::size_t(N); ++i) a_[i] = detail::copy_value(o.a_[i]);
        return *this;
    }
    InlineArray& operator=(InlineArray&&) = default;
    ~InlineArray() = default;

    // ---- Mojo constructors ----
    static InlineArray m__init__() { return InlineArray(); }  // InlineArray[T, N]()
    static InlineArray filled(const T& fill) {                // InlineArray[T, N](fill=x)
        InlineArray r;
        for (auto& x : r.a_) x = detail::copy_value(fill);
        return r;
    }
    // [a, b, c] with N elements: __init__(out self, var *elems: T, __list_literal__).
    template <class... Marker>
    static InlineArray from_literal(Variadic<T> values, const Marker&...) {
        InlineArray r;
        std::size_t i = 0;
        for (const T& x : values.items) {
            if (i == std::size_t(N)) break;
            r.a_[i++] = x;  // moved in Mojo: no __copyinit__
        }
        return r;
    }
    static InlineArray from_copy(const InlineArray& copy) { return InlineArray(copy); }
    InlineArray copy() const { return InlineArray(*this); }

    void m__del__() {
        for (auto& x : a_) detail::destroy(x);
    }

    // ---- access (negative counts from the end) ----
    T& m__getitem__(Int i) noexcept { return a_[std::size_t(detail::norm_index(i.value, N))]; }
    const T& m__getitem__(Int i) const noexcept { return a_[std::size_t(detail::norm_index(i.value, N))]; }
    T& operator[](std::int64_t i) noexcept { return a_[std::size_t(detail::norm_index(i, N))]; }
    const T& operator[](std::int64_t i) const noexcept { return a_[std::size_t(detail::norm_index(i, N))]; }
    T& unsafe_get(Int i) noexcept { return a_[std::size_t(i.value)]; }
    const T& unsafe_get(Int i) const noexcept { return a_[std::size_t(i.value)]; }
    T* unsafe_ptr() noexcept { return a_.data(); }
    const T* unsafe_ptr() const noexcept { return a_.data(); }

    static constexpr Int m__len__() noexcept { return Int(N); }
    static constexpr std::int64_t size() noexcept { return N; }

    bool m__contains__(const T& value) const {
        for (const auto& x : a_)
            if (detail::equal(x, value)) return true;
        return false;
    }
    bool m__eq__(const InlineArray& o) const {
        for (std::size_t i = 0; i < std::size_t(N); ++i)
            if (!detail::equal(a_[i], o.a_[i])) return false;
        return true;
    }
    bool m__ne__(const InlineArray& o) const { return !m__eq__(o); }

    // ---- iteration ----
    T* begin() noexcept { return a_.data(); }
    T* end() noexcept { return a_.data() + N; }
    const T* begin() const noexcept { return a_.data(); }
    const T* end() const noexcept { return a_.data() + N; }

    template <class H>
    void m__hash__(H& hasher) const {
        for (const auto& x : a_) hasher.update(x);
    }

    // ---- printing: [7, 7, 7]; repr Array[SIMD[DType.int, 1], 3]([Int(7), ...]) ----
    template <class W>
    void write_to(W& w) const {
        detail::write_sequence(w, *this);
    }
    template <class W>
    void write_repr_to(W& w) const {
        detail::write_sequence_repr(w, mojo_type_name(), *this);
    }
    static std::string mojo_type_name() { return "Array[" + detail::type_name<T>() + ", " + std::to_string(N) + "]"; }
};

// Mojo 1.2's name for it.
template <class T, std::int64_t N>
using Array = InlineArray<T, N>;

template <class T, std::int64_t N>
inline constexpr Int len(const InlineArray<T, N>&) noexcept {
    return Int(N);
}

}  // namespace mojo
