// mojo/builtin/raises.hpp -- `raises` functions return Raises<T>: either a T or
// an Error. Errors are values, not C++ exceptions, so the same code works in GPU
// kernels and costs nothing when no error happens.
#pragma once

#include <new>
#include <type_traits>
#include <utility>

#include "mojo/builtin/error.hpp"
#include "mojo/config.hpp"

namespace mojo {

// A raised error of type E on its way out: `return mojo::Raised<E>{e}` makes
// a failed Raises<T, E> even when T and E are the same type.
template <class E>
struct Raised {
    E error;
};
template <class E>
MOJO_HOST_DEVICE Raised<E> raised(E e) {
    return Raised<E>{std::move(e)};
}

template <class T, class E = Error>
class [[nodiscard]] Raises {
    // A union so that the success path never constructs an Error (a String on
    // the host) and T needs no default constructor.
    union {
        T value_;
        E error_;
    };
    bool ok_;

public:
    using value_type = T;

    MOJO_HOST_DEVICE Raises(const T& v) : value_(v), ok_(true) {}
    MOJO_HOST_DEVICE Raises(T&& v) : value_(std::move(v)), ok_(true) {}
    // Anything T is constructible from (e.g. an integer literal for Raises<Int>,
    // a C string for Raises<String>).
    template <class U, std::enable_if_t<!std::is_same_v<std::decay_t<U>, T> && !std::is_same_v<std::decay_t<U>, E> &&
                                            !std::is_same_v<std::decay_t<U>, Raised<E>> &&
                                            !std::is_same_v<std::decay_t<U>, Raises> && std::is_constructible_v<T, U&&>,
                                        int> = 0>
    MOJO_HOST_DEVICE Raises(U&& v) : value_(std::forward<U>(v)), ok_(true) {}
    // an untyped raise (`return err;` with a mojo::Error) and the tagged form
    template <class F = E, std::enable_if_t<std::is_same_v<F, Error>, int> = 0>
    MOJO_HOST_DEVICE Raises(Error e) : error_(std::move(e)), ok_(false) {}
    MOJO_HOST_DEVICE Raises(Raised<E> r) : error_(std::move(r.error)), ok_(false) {}

    MOJO_HOST_DEVICE Raises(const Raises& o) : ok_(o.ok_) {
        if (ok_) ::new (static_cast<void*>(&value_)) T(o.value_);
        else ::new (static_cast<void*>(&error_)) E(o.error_);
    }
    MOJO_HOST_DEVICE Raises(Raises&& o) : ok_(o.ok_) {
        if (ok_) ::new (static_cast<void*>(&value_)) T(std::move(o.value_));
        else ::new (static_cast<void*>(&error_)) E(std::move(o.error_));
    }
    MOJO_HOST_DEVICE Raises& operator=(const Raises& o) {
        if (this != &o) {
            destroy();
            ::new (static_cast<void*>(this)) Raises(o);
        }
        return *this;
    }
    MOJO_HOST_DEVICE Raises& operator=(Raises&& o) {
        if (this != &o) {
            destroy();
            ::new (static_cast<void*>(this)) Raises(std::move(o));
        }
        return *this;
    }
    MOJO_HOST_DEVICE ~Raises() { destroy(); }

    MOJO_HOST_DEVICE bool has_error() const noexcept { return !ok_; }
    MOJO_HOST_DEVICE bool ok() const noexcept { return ok_; }
    MOJO_HOST_DEVICE T& value() & noexcept { return value_; }
    MOJO_HOST_DEVICE const T& value() const& noexcept { return value_; }
    MOJO_HOST_DEVICE T&& value() && noexcept { return std::move(value_); }
    MOJO_HOST_DEVICE E& error() & noexcept { return error_; }
    MOJO_HOST_DEVICE const E& error() const& noexcept { return error_; }
    MOJO_HOST_DEVICE T take_value() && { return std::move(value_); }
    MOJO_HOST_DEVICE E take_error() && { return std::move(error_); }

private:
    MOJO_HOST_DEVICE void destroy() noexcept {
        if (ok_) value_.~T();
        else error_.~E();
    }
};

template <class E>
class [[nodiscard]] Raises<void, E> {
    union {
        E error_;
    };
    bool ok_;

public:
    using value_type = void;

    MOJO_HOST_DEVICE Raises() noexcept : ok_(true) {}
    // an untyped raise (`return err;` with a mojo::Error) and the tagged form
    template <class F = E, std::enable_if_t<std::is_same_v<F, Error>, int> = 0>
    MOJO_HOST_DEVICE Raises(Error e) : error_(std::move(e)), ok_(false) {}
    MOJO_HOST_DEVICE Raises(Raised<E> r) : error_(std::move(r.error)), ok_(false) {}
    MOJO_HOST_DEVICE Raises(const Raises& o) : ok_(o.ok_) {
        if (!ok_) ::new (static_cast<void*>(&error_)) E(o.error_);
    }
    MOJO_HOST_DEVICE Raises(Raises&& o) : ok_(o.ok_) {
        if (!ok_) ::new (static_cast<void*>(&error_)) E(std::move(o.error_));
    }
    MOJO_HOST_DEVICE Raises& operator=(const Raises& o) {
        if (this != &o) {
            destroy();
            ::new (static_cast<void*>(this)) Raises(o);
        }
        return *this;
    }
    MOJO_HOST_DEVICE Raises& operator=(Raises&& o) {
        if (this != &o) {
            destroy();
            ::new (static_cast<void*>(this)) Raises(std::move(o));
        }
        return *this;
    }
    MOJO_HOST_DEVICE ~Raises() { destroy(); }

    MOJO_HOST_DEVICE bool has_error() const noexcept { return !ok_; }
    MOJO_HOST_DEVICE bool ok() const noexcept { return ok_; }
    MOJO_HOST_DEVICE void value() const noexcept {}
    MOJO_HOST_DEVICE E& error() & noexcept { return error_; }
    MOJO_HOST_DEVICE const E& error() const& noexcept { return error_; }
    MOJO_HOST_DEVICE void take_value() && noexcept {}
    MOJO_HOST_DEVICE E take_error() && { return std::move(error_); }

private:
    MOJO_HOST_DEVICE void destroy() noexcept {
        if (!ok_) error_.~E();
    }
};

// A successful Raises<void> (`return mojo::ok();` reads better than `return {};`).
MOJO_HOST_DEVICE inline Raises<void> ok() noexcept { return Raises<void>(); }

}  // namespace mojo

// MOJO_TRY(expr): expr is a Raises<T>. On error, return the Error from the
// enclosing function (whose return type is some Raises<U>); otherwise the whole
// macro is the T value (void for Raises<void>). GNU statement expression:
// supported by g++, clang++, nvcc and hipcc.
#define MOJO_TRY(...)                                                                          \
    ({                                                                                         \
        auto&& mojo_try_r_ = (__VA_ARGS__);                                                    \
        if (__builtin_expect(mojo_try_r_.has_error(), 0))                                      \
            return ::mojo::raised(static_cast<decltype(mojo_try_r_)&&>(mojo_try_r_).take_error()); \
        static_cast<decltype(mojo_try_r_)&&>(mojo_try_r_).take_value();                        \
    })

// MOJO_TRY_CLEANUP({ a.m__del__(); }, expr): MOJO_TRY that first runs the
// destructors of the values alive at the call (Mojo destroys them before the
// error leaves the function). The cleanup is a braced statement list.
#define MOJO_TRY_CLEANUP(cleanup, ...)                                                         \
    ({                                                                                         \
        auto&& mojo_try_r_ = (__VA_ARGS__);                                                    \
        if (__builtin_expect(mojo_try_r_.has_error(), 0)) {                                    \
            cleanup                                                                            \
            return ::mojo::raised(static_cast<decltype(mojo_try_r_)&&>(mojo_try_r_).take_error()); \
        }                                                                                      \
        static_cast<decltype(mojo_try_r_)&&>(mojo_try_r_).take_value();                        \
    })

// MOJO_TRY_OR_GOTO_CLEANUP(cleanup, expr, err_var, label): the same inside a `try:` block.
#define MOJO_TRY_OR_GOTO_CLEANUP(cleanup, expr, err_var, label)                           \
    ({                                                                                    \
        auto&& mojo_try_r_ = (expr);                                                      \
        if (__builtin_expect(mojo_try_r_.has_error(), 0)) {                               \
            cleanup                                                                       \
            (err_var) = static_cast<decltype(mojo_try_r_)&&>(mojo_try_r_).take_error();   \
            goto label;                                                                   \
        }                                                                                 \
        static_cast<decltype(mojo_try_r_)&&>(mojo_try_r_).take_value();                   \
    })

// MOJO_TRY_OR_GOTO(expr, err_var, label): for calls inside a `try:` block. On
// error store the Error into err_var (a mojo::Error lvalue) and jump to label
// (the except handler); otherwise the macro is the T value. Jumping out of a
// statement expression is allowed by GNU C. If expr has a top-level comma
// (template arguments), wrap it in parentheses.
#define MOJO_TRY_OR_GOTO(expr, err_var, label)                                            \
    ({                                                                                    \
        auto&& mojo_try_r_ = (expr);                                                      \
        if (__builtin_expect(mojo_try_r_.has_error(), 0)) {                               \
            (err_var) = static_cast<decltype(mojo_try_r_)&&>(mojo_try_r_).take_error();   \
            goto label;                                                                   \
        }                                                                                 \
        static_cast<decltype(mojo_try_r_)&&>(mojo_try_r_).take_value();                   \
    })
