// mojo/memory/span.hpp -- Mojo's Span[T]: a view of contiguous elements owned
// by someone else (a pointer and a length).  Copying a Span copies the view,
// never the elements; it has no destructor.
//
// mojo::Span<T> is a mutable span (Mojo `Span[mut=True, T, _]`), and
// mojo::Span<const T> a read-only one (`mut=False`); a Span<T> converts to a
// Span<const T>.  Built from a List or an InlineArray (implicitly, as Mojo
// passes a List where a Span is expected), or from a pointer and a length.
//
// Mojo 1.2 (checked): Span is in the prelude (std.collections.span; 0.25.6:
// `from memory import Span`); len(s), s[i], `for x in s`, s[a:b] (contiguous
// slices only: a step is a compile error), `x in s`, s == t, Bool(s),
// s.unsafe_ptr(); print(s) `[2, 3, 4]`, repr(s)
// `Span[mut=True, SIMD[DType.int, 1]]([Int(2), Int(3), Int(4)])`.
// Out-of-range slices abort with Mojo's messages (written to stdout, as Mojo
// does): `Assert Error: slice start index -2 is out of bounds, valid range is
// 0 to 5`, `... slice end index 9 is out of bounds ...`, `... slice start index
// 4 is greater than slice end index 1` (Mojo prefixes `At: file:line:col: `).
// s[i] is checked only under MOJO_BOUNDS_CHECK (as List), with Mojo's message
// `index -1 is out of bounds, valid range is 0 to 4`.  MOJO_HOST_DEVICE except
// printing and the aborts.
#pragma once

#include "mojo/config.hpp"

#include <cstdint>
#include <string>
#include <type_traits>

#include "mojo/builtin/integer.hpp"
#include "mojo/collections/inline_array.hpp"
#include "mojo/collections/list.hpp"
#include "mojo/detail/protocols.hpp"
#include "mojo/detail/write.hpp"

namespace mojo {

namespace detail {
// What sema names the iterator of a Span (`for x in s` is a C++ range-for).
template <class T>
using SpanIter = T*;

[[noreturn]] inline void span_slice_abort(const std::string& what) { collection_abort("Assert Error: " + what); }
}  // namespace detail

template <class T>
class Span {
    T* data_ = nullptr;
    std::int64_t len_ = 0;

    using elem = std::remove_const_t<T>;

public:
    using value_type = T;
    using iterator = T*;
    static constexpr bool is_mutable = !std::is_const_v<T>;

    // ---- construction ----
    constexpr Span() noexcept = default;
    MOJO_HOST_DEVICE constexpr Span(T* ptr, std::int64_t length) noexcept : data_(ptr), len_(length) {}
    // Span(list) / a List passed where a Span is expected.
    Span(List<elem>& xs) noexcept : data_(xs.data()), len_(xs.size()) {}
    template <class U = T, std::enable_if_t<std::is_const_v<U>, int> = 0>
    Span(const List<elem>& xs) noexcept : data_(xs.data()), len_(xs.size()) {}
    template <std::int64_t N>
    Span(InlineArray<elem, N>& a) noexcept : data_(a.begin()), len_(N) {}
    template <std::int64_t N, class U = T, std::enable_if_t<std::is_const_v<U>, int> = 0>
    Span(const InlineArray<elem, N>& a) noexcept : data_(a.begin()), len_(N) {}
    // A mutable span is also a read-only one.
    template <class U = T, std::enable_if_t<std::is_const_v<U>, int> = 0>
    MOJO_HOST_DEVICE constexpr Span(const Span<elem>& s) noexcept : data_(s.unsafe_ptr()), len_(s.size()) {}

    // Mojo spellings: Span(list), Span(ptr=p, length=n), Span(copy=s) / s.copy().
    static Span from_list(List<elem>& xs) noexcept { return Span(xs); }
    // From a read-only List too: mojoc's Span[T] does not carry Mojo's `mut`
    // parameter, so sema (not the C++ type) keeps writes away from it.
    static Span from_list(const List<elem>& xs) noexcept {
        return Span(const_cast<T*>(static_cast<const T*>(xs.data())), xs.size());
    }
    MOJO_HOST_DEVICE static constexpr Span from_ptr(T* ptr, Int length) noexcept { return Span(ptr, length.value); }
    MOJO_HOST_DEVICE static constexpr Span from_copy(const Span& s) noexcept { return s; }
    MOJO_HOST_DEVICE static constexpr Span m__copyinit__(const Span& s) noexcept { return s; }
    MOJO_HOST_DEVICE constexpr Span copy() const noexcept { return *this; }

    // ---- size ----
    MOJO_HOST_DEVICE constexpr Int m__len__() const noexcept { return Int(len_); }
    MOJO_HOST_DEVICE constexpr std::int64_t size() const noexcept { return len_; }
    MOJO_HOST_DEVICE constexpr bool m__bool__() const noexcept { return len_ > 0; }
    MOJO_HOST_DEVICE constexpr explicit operator bool() const noexcept { return len_ > 0; }

    // ---- elements ----
    MOJO_HOST_DEVICE T& m__getitem__(Int i) const noexcept { return data_[checked(i.value)]; }
    MOJO_HOST_DEVICE T& operator[](std::int64_t i) const noexcept { return data_[checked(i)]; }
    MOJO_HOST_DEVICE constexpr T* unsafe_ptr() const noexcept { return data_; }
    MOJO_HOST_DEVICE constexpr T* data() const noexcept { return data_; }

    // s[a:b] (sema's slice protocol; Mojo 1.2 accepts only step 1).  An
    // omitted bound is 0 / len; negative bounds are errors, not Python's
    // count-from-the-end.
    Span slice(Int start, Int end, Int step, bool has_start, bool has_end) const {
        (void)step;
        std::int64_t a = has_start ? start.value : 0;
        std::int64_t b = has_end ? end.value : len_;
        std::string range = ", valid range is 0 to " + std::to_string(len_);
        if (a < 0 || a > len_) detail::span_slice_abort("slice start index " + std::to_string(a) + " is out of bounds" + range);
        if (b < 0 || b > len_) detail::span_slice_abort("slice end index " + std::to_string(b) + " is out of bounds" + range);
        if (a > b)
            detail::span_slice_abort("slice start index " + std::to_string(a) + " is greater than slice end index " +
                                     std::to_string(b));
        return Span(data_ + a, b - a);
    }

    // ---- iteration ----
    MOJO_HOST_DEVICE constexpr T* m__iter__() const noexcept { return data_; }
    MOJO_HOST_DEVICE constexpr T* begin() const noexcept { return data_; }
    MOJO_HOST_DEVICE constexpr T* end() const noexcept { return data_ + len_; }

    // ---- searching and comparing (element-wise, through the element's __eq__) ----
    bool m__contains__(const elem& value) const {
        for (std::int64_t i = 0; i < len_; ++i)
            if (detail::equal(data_[i], value)) return true;
        return false;
    }
    template <class U>
    bool m__eq__(const Span<U>& o) const {
        if (len_ != o.size()) return false;
        for (std::int64_t i = 0; i < len_; ++i)
            if (!detail::equal(data_[i], o.unsafe_ptr()[i])) return false;
        return true;
    }
    template <class U>
    bool m__ne__(const Span<U>& o) const {
        return !m__eq__(o);
    }

    // ---- mutation through a mutable span ----
    // s.fill(value): every element becomes a copy of value.
    template <class U = T, std::enable_if_t<!std::is_const_v<U>, int> = 0>
    void fill(const elem& value) const {
        for (std::int64_t i = 0; i < len_; ++i) data_[i] = detail::copy_value(value);
    }

    // ---- printing: [1, 2]; repr Span[mut=True, SIMD[DType.int, 1]]([Int(1), Int(2)]) ----
    template <class W>
    void write_to(W& w) const {
        detail::write_sequence(w, *this);
    }
    template <class W>
    void write_repr_to(W& w) const {
        detail::write_sequence_repr(w, mojo_type_name(), *this);
    }
    static std::string mojo_type_name() {
        return std::string(is_mutable ? "Span[mut=True, " : "Span[mut=False, ") + detail::type_name<elem>() + "]";
    }

private:
    MOJO_HOST_DEVICE std::int64_t checked(std::int64_t i) const noexcept {
#if defined(MOJO_BOUNDS_CHECK) && !defined(MOJO_DEVICE_PASS)
        if (i < 0 || i >= len_) detail::index_out_of_bounds(i, len_);
#endif
        return i;
    }
};

template <class T>
MOJO_HOST_DEVICE constexpr Int len(const Span<T>& s) noexcept {
    return Int(s.size());
}

}  // namespace mojo
