// mojo/builtin/integer.hpp -- Mojo's integer types: Int, UInt and the
// fixed-width Int8..UInt64 (scalar SIMD[DType.intN, 1]).
#pragma once

#include <climits>
#include <cstdint>
#include <type_traits>

#include "mojo/config.hpp"

namespace mojo {

namespace detail {
template <class T>
inline constexpr bool is_raw_int_v = std::is_integral_v<T> && !std::is_same_v<T, bool>;
}  // namespace detail

// One template for all Mojo integers. A struct rather than a raw C++ integer so
// that (1) + - * wrap like Mojo instead of hitting signed-overflow UB, (2) Int and
// Int64 are distinct C++ types (Mojo overloads on them), (3) mixing widths without
// an explicit cast is a compile error, as it is in Mojo.
// IsIndex distinguishes Int/UInt (Mojo's `index`-typed integers) from Int64/UInt64.
template <class T, bool IsIndex = false>
struct Integer {
    static_assert(detail::is_raw_int_v<T>, "Integer<T>: T must be a C++ integer type");
    using raw_type = T;
    using unsigned_type = std::make_unsigned_t<T>;
    static constexpr int bits = int(sizeof(T) * CHAR_BIT);
    static constexpr bool is_signed = std::is_signed_v<T>;

    T value;

    // Own limits instead of std::numeric_limits, whose members are host-only
    // constexpr functions that nvcc will not call from device code.
    static constexpr T kMax = is_signed ? static_cast<T>(static_cast<unsigned_type>(~unsigned_type(0)) >> 1)
                                        : static_cast<T>(~unsigned_type(0));
    static constexpr T kMin = is_signed ? static_cast<T>(-kMax - 1) : T(0);

    constexpr Integer() noexcept = default;
    // Implicit from C++ integers: integer literals in generated code convert
    // silently, matching Mojo's implicit IntLiteral conversion. Conversion to a
    // narrower width is modular (well defined since C++20).
    template <class U, std::enable_if_t<detail::is_raw_int_v<U>, int> = 0>
    MOJO_HOST_DEVICE constexpr Integer(U v) noexcept : value(static_cast<T>(v)) {}
    MOJO_HOST_DEVICE constexpr explicit Integer(bool b) noexcept : value(b ? T(1) : T(0)) {}
    // Between Mojo integer types only explicitly (Mojo requires `Int8(x)`).
    template <class U, bool I, std::enable_if_t<!std::is_same_v<Integer<U, I>, Integer>, int> = 0>
    MOJO_HOST_DEVICE constexpr explicit Integer(Integer<U, I> o) noexcept : value(static_cast<T>(o.value)) {}
    // Float -> int truncates like Mojo. Out of range is poison in Mojo; we saturate
    // and map NaN to 0 so that the result is defined on every target.
    template <class F, std::enable_if_t<std::is_floating_point_v<F>, int> = 0>
    MOJO_HOST_DEVICE constexpr explicit Integer(F f) noexcept : value(from_float(f)) {}

    template <class F>
    MOJO_HOST_DEVICE static constexpr T from_float(F f) noexcept {
        if (!(f == f)) return T(0);
        // 2^(bits-1) (signed) or 2^bits (unsigned) is exact in every float type.
        constexpr F hi = is_signed ? F(2) * F(std::uint64_t(1) << (bits - 2)) : F(4) * F(std::uint64_t(1) << (bits - 2));
        if (f >= hi) return kMax;
        if (is_signed) {
            if (f <= -hi) return kMin;
        } else {
            if (f <= F(-1)) return T(0);
        }
        return static_cast<T>(f);
    }

    MOJO_HOST_DEVICE static constexpr Integer min() noexcept { return Integer(kMin); }
    MOJO_HOST_DEVICE static constexpr Integer max() noexcept { return Integer(kMax); }

    template <class U, std::enable_if_t<std::is_arithmetic_v<U> && !std::is_same_v<U, bool>, int> = 0>
    MOJO_HOST_DEVICE constexpr explicit operator U() const noexcept { return static_cast<U>(value); }
    MOJO_HOST_DEVICE constexpr explicit operator bool() const noexcept { return value != 0; }

    // ---- arithmetic: done in the unsigned type so overflow wraps (no UB). The
    // int promotion of narrow unsigned types is harmless: the result is truncated
    // back to T, and small unsigned products cannot overflow int... except
    // uint16*uint16, hence the explicit widening to unsigned int via `wide`.
    using wide = std::conditional_t<(sizeof(T) < sizeof(unsigned)), unsigned, unsigned_type>;
    MOJO_HOST_DEVICE static constexpr Integer wrap(wide v) noexcept { return Integer(static_cast<T>(static_cast<unsigned_type>(v))); }

    MOJO_HOST_DEVICE friend constexpr Integer operator+(Integer a, Integer b) noexcept {
        return wrap(wide(unsigned_type(a.value)) + wide(unsigned_type(b.value)));
    }
    MOJO_HOST_DEVICE friend constexpr Integer operator-(Integer a, Integer b) noexcept {
        return wrap(wide(unsigned_type(a.value)) - wide(unsigned_type(b.value)));
    }
    MOJO_HOST_DEVICE friend constexpr Integer operator*(Integer a, Integer b) noexcept {
        return wrap(wide(unsigned_type(a.value)) * wide(unsigned_type(b.value)));
    }
    MOJO_HOST_DEVICE friend constexpr Integer operator-(Integer a) noexcept { return wrap(wide(0) - wide(unsigned_type(a.value))); }
    MOJO_HOST_DEVICE friend constexpr Integer operator+(Integer a) noexcept { return a; }
    MOJO_HOST_DEVICE friend constexpr Integer operator~(Integer a) noexcept { return Integer(static_cast<T>(~a.value)); }
    MOJO_HOST_DEVICE friend constexpr Integer operator&(Integer a, Integer b) noexcept { return Integer(static_cast<T>(a.value & b.value)); }
    MOJO_HOST_DEVICE friend constexpr Integer operator|(Integer a, Integer b) noexcept { return Integer(static_cast<T>(a.value | b.value)); }
    MOJO_HOST_DEVICE friend constexpr Integer operator^(Integer a, Integer b) noexcept { return Integer(static_cast<T>(a.value ^ b.value)); }

    // Shifts: Mojo lowers to LLVM shl/ashr, which are poison for amounts outside
    // [0, bits). We define them: too large -> 0 (or sign fill for signed >>),
    // negative -> 0 (what Mojo's Int.__rshift__ produces in practice).
    MOJO_HOST_DEVICE friend constexpr Integer operator<<(Integer a, Integer s) noexcept {
        if (s.value < 0 || s.value >= bits) return Integer(T(0));
        return wrap(wide(unsigned_type(a.value)) << int(s.value));
    }
    MOJO_HOST_DEVICE friend constexpr Integer operator>>(Integer a, Integer s) noexcept {
        if (s.value < 0) return Integer(T(0));
        if (s.value >= bits) return Integer(static_cast<T>(a.value < 0 ? T(-1) : T(0)));
        // >> on a negative signed value is arithmetic in C++20.
        return Integer(static_cast<T>(a.value >> int(s.value)));
    }

    MOJO_HOST_DEVICE friend constexpr bool operator==(Integer a, Integer b) noexcept { return a.value == b.value; }
    MOJO_HOST_DEVICE friend constexpr bool operator!=(Integer a, Integer b) noexcept { return a.value != b.value; }
    MOJO_HOST_DEVICE friend constexpr bool operator<(Integer a, Integer b) noexcept { return a.value < b.value; }
    MOJO_HOST_DEVICE friend constexpr bool operator<=(Integer a, Integer b) noexcept { return a.value <= b.value; }
    MOJO_HOST_DEVICE friend constexpr bool operator>(Integer a, Integer b) noexcept { return a.value > b.value; }
    MOJO_HOST_DEVICE friend constexpr bool operator>=(Integer a, Integer b) noexcept { return a.value >= b.value; }

    MOJO_HOST_DEVICE constexpr Integer& operator+=(Integer b) noexcept { return *this = *this + b; }
    MOJO_HOST_DEVICE constexpr Integer& operator-=(Integer b) noexcept { return *this = *this - b; }
    MOJO_HOST_DEVICE constexpr Integer& operator*=(Integer b) noexcept { return *this = *this * b; }
    MOJO_HOST_DEVICE constexpr Integer& operator&=(Integer b) noexcept { return *this = *this & b; }
    MOJO_HOST_DEVICE constexpr Integer& operator|=(Integer b) noexcept { return *this = *this | b; }
    MOJO_HOST_DEVICE constexpr Integer& operator^=(Integer b) noexcept { return *this = *this ^ b; }
    MOJO_HOST_DEVICE constexpr Integer& operator<<=(Integer b) noexcept { return *this = *this << b; }
    MOJO_HOST_DEVICE constexpr Integer& operator>>=(Integer b) noexcept { return *this = *this >> b; }
};

using Int8 = Integer<std::int8_t>;
using Int16 = Integer<std::int16_t>;
using Int32 = Integer<std::int32_t>;
using Int64 = Integer<std::int64_t>;
using UInt8 = Integer<std::uint8_t>;
using UInt16 = Integer<std::uint16_t>;
using UInt32 = Integer<std::uint32_t>;
using UInt64 = Integer<std::uint64_t>;
using Int = Integer<std::int64_t, true>;
using UInt = Integer<std::uint64_t, true>;

template <class T>
struct is_integer : std::false_type {};
template <class T, bool I>
struct is_integer<Integer<T, I>> : std::true_type {};
template <class T>
inline constexpr bool is_integer_v = is_integer<std::remove_cv_t<std::remove_reference_t<T>>>::value;

static_assert(sizeof(Int) == 8 && std::is_trivially_copyable_v<Int>);

}  // namespace mojo
