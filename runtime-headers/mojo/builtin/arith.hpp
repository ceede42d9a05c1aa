// mojo/builtin/arith.hpp -- Mojo operators that have no direct C++ equivalent:
// `//`, `%`, `/` on integers, `**`, plus casts and abs/min/max. Free functions
// (not operators) so that generated code says exactly which semantics it wants.
#pragma once

#include <cmath>
#include <type_traits>

#include "mojo/builtin/integer.hpp"
#include "mojo/config.hpp"
#include "mojo/detail/float_pow.hpp"
#include "mojo/detail/mul_no_fma.hpp"

namespace mojo {
namespace detail {

// ---------------------------------------------------------------- integers
// Mojo: division by zero gives 0 (no trap), MIN // -1 wraps to MIN and
// MIN % -1 is 0. The C++ `/` would be UB in both cases, so test first.
template <class T, bool I>
MOJO_HOST_DEVICE constexpr Integer<T, I> floordiv_int(Integer<T, I> a, Integer<T, I> b) noexcept {
    using R = Integer<T, I>;
    if (b.value == 0) return R(T(0));
    if constexpr (std::is_signed_v<T>) {
        if (b.value == T(-1)) return -a;  // wraps for MIN
        T q = static_cast<T>(a.value / b.value);
        T r = static_cast<T>(a.value % b.value);
        if (r != 0 && ((r < 0) != (b.value < 0))) q = static_cast<T>(q - 1);
        return R(q);
    } else {
        return R(static_cast<T>(a.value / b.value));
    }
}

template <class T, bool I>
MOJO_HOST_DEVICE constexpr Integer<T, I> mod_int(Integer<T, I> a, Integer<T, I> b) noexcept {
    using R = Integer<T, I>;
    if (b.value == 0) return R(T(0));
    if constexpr (std::is_signed_v<T>) {
        if (b.value == T(-1)) return R(T(0));
        T r = static_cast<T>(a.value % b.value);
        if (r != 0 && ((r < 0) != (b.value < 0))) r = static_cast<T>(r + b.value);
        return R(r);
    } else {
        return R(static_cast<T>(a.value % b.value));
    }
}

// Mojo 1.2 `Int / Int` truncates toward zero (7 / 2 == 3, -7 / 2 == -3); by zero -> 0.
template <class T, bool I>
MOJO_HOST_DEVICE constexpr Integer<T, I> truediv_int(Integer<T, I> a, Integer<T, I> b) noexcept {
    using R = Integer<T, I>;
    if (b.value == 0) return R(T(0));
    if constexpr (std::is_signed_v<T>) {
        if (b.value == T(-1)) return -a;
    }
    return R(static_cast<T>(a.value / b.value));
}

// Integer power by squaring, wrapping. A negative exponent gives the truncated
// value of 1/a**|b| like Mojo: 1 for a == 1, +-1 for a == -1, otherwise 0
// (including 0 ** -1, which Mojo also prints as 0).
template <class T, bool I>
MOJO_HOST_DEVICE constexpr Integer<T, I> pow_int(Integer<T, I> a, Integer<T, I> b) noexcept {
    using R = Integer<T, I>;
    if constexpr (std::is_signed_v<T>) {
        if (b.value < 0) {
            if (a.value == 1) return R(T(1));
            if (a.value == -1) return R(T((b.value & 1) ? -1 : 1));
            return R(T(0));
        }
    }
    R result(T(1));
    R base = a;
    auto e = static_cast<std::make_unsigned_t<T>>(b.value);
    while (e != 0) {
        if (e & 1u) result = result * base;
        e = static_cast<decltype(e)>(e >> 1);
        if (e != 0) base = base * base;
    }
    return result;
}

// ---------------------------------------------------------------- floats
// Mojo computes float `//` as floor(a / b) (so 1.0 // 0.1 == 10.0 and
// 7.5 // 0.0 == inf, unlike Python) and `%` as a - trunc(a / b) * b, moved into
// the divisor's sign (x % 0.0 == nan, -0.0 % 5.0 == 0.0). Reproduced bit for bit;
// requires -ffp-contract=off so that `q * b` is not fused.
template <class F, std::enable_if_t<std::is_floating_point_v<F>, int> = 0>
MOJO_HOST_DEVICE inline F floordiv_flt(F a, F b) noexcept {
    return std::floor(a / b);
}

template <class F, std::enable_if_t<std::is_floating_point_v<F>, int> = 0>
MOJO_HOST_DEVICE inline F mod_flt(F a, F b) noexcept {
#if defined(__clang__)
#pragma clang fp contract(off)
#endif
    F q = std::trunc(a / b);
    F m = a - mul_no_fma(q, b);
    if (((b < F(0)) != (a < F(0))) && m != F(0)) m = m + b;
    return m;
}

template <class F, std::enable_if_t<std::is_floating_point_v<F>, int> = 0>
MOJO_HOST_DEVICE constexpr F truediv_flt(F a, F b) noexcept {
    return a / b;
}

// Mojo's own algorithm, not std::pow (see mojo/detail/float_pow.hpp): an
// integral exponent is repeated squaring, otherwise exp(b * log(a)) with Mojo's
// less precise exp/log (2.0 ** 0.5 == 1.4142135623734946).
template <class F, std::enable_if_t<std::is_floating_point_v<F>, int> = 0>
MOJO_HOST_DEVICE inline F pow_flt(F a, F b) noexcept {
    return mojo_pow(a, b);
}

// Operand type of a binary helper: two equal Integer types, or one Integer and
// a raw C++ integer (a literal in generated code), or two floating/raw numbers
// (usual arithmetic conversions). Different Integer types do not mix, as in Mojo.
template <class A, class B, class = void>
struct binop_type {};
template <class T, bool I>
struct binop_type<Integer<T, I>, Integer<T, I>> { using type = Integer<T, I>; };
template <class T, bool I, class B>
struct binop_type<Integer<T, I>, B, std::enable_if_t<is_raw_int_v<B>>> { using type = Integer<T, I>; };
template <class A, class T, bool I>
struct binop_type<A, Integer<T, I>, std::enable_if_t<is_raw_int_v<A>>> { using type = Integer<T, I>; };
template <class A, class B>
struct binop_type<A, B, std::enable_if_t<std::is_arithmetic_v<A> && std::is_arithmetic_v<B> && !std::is_same_v<A, bool> && !std::is_same_v<B, bool>>> {
    using type = std::common_type_t<A, B>;
};
template <class A, class B>
using binop_t = typename binop_type<A, B>::type;

}  // namespace detail

#define MOJO_DEFINE_ARITH_(name)                                                   \
    template <class A, class B, class R = detail::binop_t<A, B>>                   \
    MOJO_HOST_DEVICE constexpr R name(A a, B b) noexcept {                         \
        if constexpr (is_integer_v<R>) return detail::name##_int(R(a), R(b));      \
        else if constexpr (std::is_floating_point_v<R>) return detail::name##_flt(R(a), R(b)); \
        else return detail::name##_int(Integer<R>(a), Integer<R>(b)).value;        \
    }
// floordiv(a, b) = Mojo `a // b`; mod = `a % b`; truediv = `a / b`; pow = `a ** b`.
MOJO_DEFINE_ARITH_(floordiv)
MOJO_DEFINE_ARITH_(mod)
MOJO_DEFINE_ARITH_(truediv)
MOJO_DEFINE_ARITH_(pow)
#undef MOJO_DEFINE_ARITH_

// ---------------------------------------------------------------- casts
// cast<To>(x) with Mojo semantics for every pair of {Integer types, float,
// double, bool}: int->int modular, float->int truncating (NaN -> 0, saturating),
// x->bool is x != 0, bool->int is 0/1.
template <class To, class From>
MOJO_HOST_DEVICE constexpr To cast(From x) noexcept {
    if constexpr (std::is_same_v<To, From>) {
        return x;
    } else if constexpr (std::is_same_v<To, bool>) {
        if constexpr (is_integer_v<From>) return x.value != 0;
        else return x != From(0);
    } else if constexpr (is_integer_v<To>) {
        if constexpr (std::is_same_v<From, bool>) return To(x);
        else if constexpr (is_integer_v<From>) return To(x);
        else if constexpr (std::is_floating_point_v<From>) return To(x);
        else return To(x);  // raw C++ integer
    } else if constexpr (std::is_floating_point_v<To>) {
        if constexpr (is_integer_v<From>) return static_cast<To>(x.value);
        else return static_cast<To>(x);
    } else {
        return static_cast<To>(x);
    }
}

// ---------------------------------------------------------------- abs/min/max
template <class T, bool I>
MOJO_HOST_DEVICE constexpr Integer<T, I> abs(Integer<T, I> a) noexcept {
    if constexpr (std::is_signed_v<T>) return a.value < 0 ? -a : a;  // abs(MIN) == MIN
    else return a;
}
template <class F, std::enable_if_t<std::is_floating_point_v<F>, int> = 0>
MOJO_HOST_DEVICE inline F abs(F a) noexcept {
    return std::fabs(a);
}
// min/max use a plain select, which is what Mojo's scalar min/max lower to.
template <class A, class B, class R = detail::binop_t<A, B>>
MOJO_HOST_DEVICE constexpr R min(A a, B b) noexcept {
    return R(b) < R(a) ? R(b) : R(a);
}
template <class A, class B, class R = detail::binop_t<A, B>>
MOJO_HOST_DEVICE constexpr R max(A a, B b) noexcept {
    return R(a) < R(b) ? R(b) : R(a);
}

}  // namespace mojo
