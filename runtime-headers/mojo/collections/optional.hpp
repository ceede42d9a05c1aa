// mojo/collections/optional.hpp -- Mojo's Optional[T]; None is mojo::None
// (mojo/builtin/none.hpp), which converts to an empty Optional.
// A T plus a flag, like std::optional, but with Mojo's lifecycle: the C++ copy
// is Mojo's copy (detail::copy_value), m__del__() is Mojo's destruction, the
// C++ destructor only ends the C++ lifetime. Host only (printing, errors).
#pragma once

#include "mojo/config.hpp"

#include <cstdint>
#include <new>
#include <string>
#include <type_traits>
#include <utility>

#include "mojo/builtin/error.hpp"
#include "mojo/builtin/integer.hpp"
#include "mojo/builtin/none.hpp"
#include "mojo/builtin/raises.hpp"
#include "mojo/detail/lifecycle.hpp"
#include "mojo/detail/protocols.hpp"
#include "mojo/detail/write.hpp"

namespace mojo {

namespace detail {
// What sema names the iterator of an Optional (never materialised: `for` is a
// C++ range-for over the Optional's zero or one element).
template <class T>
using OptionalIter = T*;
}  // namespace detail

template <class T>
class Optional {
    union {
        T value_;
    };
    bool has_;

    // For plain scalars an empty Optional still holds a zero T, so that no
    // path reads an uninitialised value (g++ cannot tell that has_ guards the
    // read and warns, fatally under -Werror, in generated code).
    static constexpr bool kZeroWhenEmpty =
        std::is_trivially_default_constructible_v<T> && std::is_trivially_destructible_v<T>;
    void set_empty() noexcept {
        has_ = false;
        if constexpr (kZeroWhenEmpty) ::new (static_cast<void*>(&value_)) T();
    }

    [[noreturn]] static void abort_empty(const char* what) {
        detail::collection_abort(std::string("ABORT: `Optional.") + what +
                                 "()` called on empty `Optional`. Consider using `if optional:` to check whether the "
                                 "`Optional` is empty before calling `." +
                                 what + "()`, or use `.or_else()` to provide a default value.");
    }

public:
    using value_type = T;

    // ---- C++ lifecycle (see stdlib/README.md) ----
    Optional() noexcept { set_empty(); }
    Optional(NoneType) noexcept { set_empty(); }
    // Mojo's @implicit __init__(out self, var value: T): anything a T is built from.
    Optional(T v) : value_(std::move(v)), has_(true) {}
    template <class U,
              std::enable_if_t<!std::is_same_v<std::decay_t<U>, T> && !std::is_same_v<std::decay_t<U>, Optional> &&
                                   !std::is_same_v<std::decay_t<U>, NoneType> && std::is_constructible_v<T, U&&>,
                               int> = 0>
    Optional(U&& v) : value_(std::forward<U>(v)), has_(true) {}
    Optional(const Optional& o) : has_(o.has_) {
        if (has_) ::new (static_cast<void*>(&value_)) T(detail::copy_value(o.value_));
        else set_empty();
    }
    Optional(Optional&& o) noexcept(std::is_nothrow_move_constructible_v<T>) : has_(o.has_) {
        if (has_) {
            ::new (static_cast<void*>(&value_)) T(std::move(o.value_));
            o.value_.~T();
            o.set_empty();
        } else {
            set_empty();
        }
    }
    Optional& operator=(const Optional& o) {
        if (this != &o) {
            reset_cpp();
            if (o.has_) {
                ::new (static_cast<void*>(&value_)) T(detail::copy_value(o.value_));
                has_ = true;
            }
        }
        return *this;
    }
    Optional& operator=(Optional&& o) noexcept(std::is_nothrow_move_constructible_v<T>) {
        if (this != &o) {
            reset_cpp();
            if (o.has_) {
                ::new (static_cast<void*>(&value_)) T(std::move(o.value_));
                has_ = true;
                o.value_.~T();
                o.set_empty();
            }
        }
        return *this;
    }
    ~Optional() {
        if (has_) value_.~T();
    }

    // ---- Mojo constructors ----
    static Optional m__init__() noexcept { return Optional(); }           // Optional[T]()
    static Optional some(T value) { return Optional(std::move(value)); }  // Optional[T](value)
    static Optional none(NoneType) noexcept { return Optional(); }        // Optional[T](None)
    Optional copy() const { return Optional(*this); }                     // .copy()

    // Mojo's destruction: runs the value's __del__, leaves the Optional empty.
    void m__del__() {
        if (has_) {
            detail::destroy(value_);
            value_.~T();
            set_empty();
        }
    }

    // ---- queries ----
    bool has_value() const noexcept { return has_; }
    bool m__bool__() const noexcept { return has_; }
    explicit operator bool() const noexcept { return has_; }
    bool m__invert__() const noexcept { return !has_; }
    bool m__is__(NoneType) const noexcept { return !has_; }    // `x is None`
    bool m__isnot__(NoneType) const noexcept { return has_; }  // `x is not None`
    bool m__eq__(NoneType) const noexcept { return !has_; }    // `x == None`
    bool m__ne__(NoneType) const noexcept { return has_; }     // `x != None`
    bool m__eq__(const Optional& o) const {
        if (has_ != o.has_) return false;
        return !has_ || detail::equal(value_, o.value_);
    }
    bool m__ne__(const Optional& o) const { return !m__eq__(o); }

    // ---- access ----
    // value(): aborts on an empty Optional, as Mojo does.
    T& value() {
        if (__builtin_expect(!has_, 0)) abort_empty("value");
        return value_;
    }
    const T& value() const {
        if (__builtin_expect(!has_, 0)) abort_empty("value");
        return value_;
    }
    T& unsafe_value() noexcept { return value_; }
    const T& unsafe_value() const noexcept { return value_; }
    // opt[] raises EmptyOptionalError[T] on an empty Optional (a copy: raising
    // methods return values).
    Raises<T> m__getitem__() const {
        if (!has_) {
            std::string msg = "EmptyOptionalError[" + detail::type_name<T>() + "]()";
            return Error(std::string_view(msg));
        }
        return detail::copy_value(value_);
    }
    // take(): moves the value out and leaves the Optional empty.
    T take() {
        if (__builtin_expect(!has_, 0)) abort_empty("take");
        return unsafe_take();
    }
    T unsafe_take() {
        T out(std::move(value_));
        value_.~T();
        set_empty();
        return out;
    }
    // or_else(default): Mojo consumes self; on an lvalue this copies the value
    // (the Optional stays usable), on an rvalue it moves it out.
    T or_else(T default_value) const& {
        if (has_) return detail::copy_value(value_);
        return default_value;
    }
    T or_else(T default_value) && {
        if (has_) return unsafe_take();
        return default_value;
    }

    // ---- iteration: zero or one element ----
    T* begin() noexcept { return has_ ? &value_ : nullptr; }
    T* end() noexcept { return has_ ? &value_ + 1 : nullptr; }
    const T* begin() const noexcept { return has_ ? &value_ : nullptr; }
    const T* end() const noexcept { return has_ ? &value_ + 1 : nullptr; }

    // ---- printing: `3` / `None`; repr `Optional[SIMD[DType.int, 1]](Int(3))` ----
    template <class W>
    void write_to(W& w) const {
        if (has_) detail::write_value(w, value_);
        else w.write_bytes("None", 4);
    }
    template <class W>
    void write_repr_to(W& w) const {
        detail::write_lit(w, "Optional[");
        detail::write_lit(w, detail::type_name<T>());
        detail::write_lit(w, "](");
        if (has_) detail::write_repr_value(w, value_);
        else detail::write_lit(w, "None");
        detail::write_lit(w, ")");
    }
    static std::string mojo_type_name() { return "Optional[" + detail::type_name<T>() + "]"; }

    // Hashable when T is: a tag byte, then the value (as Mojo does).
    template <class H>
    void m__hash__(H& hasher) const {
        if (has_) {
            hasher.update(UInt8(1));
            hasher.update(value_);
        } else {
            hasher.update(UInt8(0));
        }
    }

private:
    // Ends the value's C++ lifetime (no Mojo __del__); empty afterwards.
    void reset_cpp() noexcept {
        if (has_) {
            value_.~T();
            set_empty();
        }
    }
};

}  // namespace mojo
