// mojo/math/integer.hpp -- math.gcd, lcm, factorial, ceildiv, clamp,
// align_up, align_down on Int (and ceildiv/clamp on floats), as Mojo 1.2.
//   gcd(-12, 18) == 6, gcd(0, 0) == 0, gcd() == 0, gcd(12) == 12 (a single
//   value is returned as is, sign included); lcm() == 1, lcm(0, 5) == 0,
//   lcm(-4, 6) == 12. ceildiv(-7, 2) == -3, ceildiv(7, 0) == 0,
//   ceildiv(7.0, 2.0) == 4.0.
#pragma once

#include <cmath>
#include <cstdint>
#include <type_traits>

#include "mojo/builtin/arith.hpp"
#include "mojo/builtin/integer.hpp"
#include "mojo/builtin/variadic.hpp"
#include "mojo/config.hpp"
#include "mojo/detail/float_pow.hpp"

namespace mojo::math {

namespace detail {
MOJO_HOST_DEVICE constexpr int ctz64(std::uint64_t v) noexcept {
    int n = 0;
    while ((v & 1u) == 0 && n < 64) {
        v >>= 1;
        ++n;
    }
    return n;
}
MOJO_HOST_DEVICE constexpr std::int64_t wrap_abs(std::int64_t v) noexcept {
    return v < 0 ? static_cast<std::int64_t>(0u - static_cast<std::uint64_t>(v)) : v;
}
}  // namespace detail

// Binary (Stein) gcd, as Mojo's. |m| and |n| are taken as unsigned, so Int.MIN
// counts as 2^63: gcd(Int.MIN, 0) is Int.MIN as in Mojo, and gcd(Int.MIN, 6)
// is 2 (chosen: Mojo's signed loop never ends there).
MOJO_HOST_DEVICE constexpr Int gcd(Int m, Int n) noexcept {
    std::uint64_t u = static_cast<std::uint64_t>(detail::wrap_abs(m.value));
    std::uint64_t v = static_cast<std::uint64_t>(detail::wrap_abs(n.value));
    if (u == 0) return Int(static_cast<std::int64_t>(v));
    if (v == 0) return Int(static_cast<std::int64_t>(u));
    const int uz = detail::ctz64(u);
    int vz = detail::ctz64(v);
    const int shift = uz < vz ? uz : vz;
    u >>= shift;
    while (true) {
        v >>= vz;
        if (v == u) break;
        const std::uint64_t diff = v > u ? v - u : u - v;
        u = u < v ? u : v;
        v = diff;
        vz = detail::ctz64(diff);
    }
    return Int(static_cast<std::int64_t>(u << shift));
}

MOJO_HOST_DEVICE constexpr Int lcm(Int m, Int n) noexcept {
    const Int d = gcd(m, n);
    if (d.value == 0) return Int(0);
    const Int r = m > n ? mojo::floordiv(m, d) * n : mojo::floordiv(n, d) * m;
    return Int(detail::wrap_abs(r.value));
}

// gcd(*values) / lcm(*values): gcd() == 0, lcm() == 1; the first value is
// taken as is (gcd(-12) == -12). gcd stops early once the result is 1.
inline Int gcd_of(const Variadic<Int>& values) noexcept {
    const std::int64_t n = values.size().value;
    if (n == 0) return Int(0);
    Int r = values[0];
    for (std::int64_t i = 1; i < n; ++i) {
        r = gcd(values[i], r);
        if (r.value == 1) return r;
    }
    return r;
}
inline Int lcm_of(const Variadic<Int>& values) noexcept {
    const std::int64_t n = values.size().value;
    if (n == 0) return Int(1);
    Int r = values[0];
    for (std::int64_t i = 1; i < n; ++i) r = lcm(r, values[i]);
    return r;
}
// The same over a List[Int] (any container with m__len__() and
// m__getitem__(Int)); Mojo takes a Span[Int], which a List converts to.
template <class L>
inline Int gcd_list(const L& l) {
    const std::int64_t n = l.m__len__().value;
    if (n == 0) return Int(0);
    Int r = l.m__getitem__(Int(0));
    for (std::int64_t i = 1; i < n; ++i) {
        r = gcd(l.m__getitem__(Int(i)), r);
        if (r.value == 1) return r;
    }
    return r;
}
template <class L>
inline Int lcm_list(const L& l) {
    const std::int64_t n = l.m__len__().value;
    if (n == 0) return Int(1);
    Int r = l.m__getitem__(Int(0));
    for (std::int64_t i = 1; i < n; ++i) r = lcm(r, l.m__getitem__(Int(i)));
    return r;
}

// factorial(n) for 0 <= n <= 20 (from a table, as Mojo). Mojo leaves other n
// undefined (a debug assertion); we return 0 (chosen).
MOJO_HOST_DEVICE constexpr Int factorial(Int n) noexcept {
    std::int64_t r = 1;
    if (n.value < 0 || n.value > 20) return Int(0);
    for (std::int64_t i = 2; i <= n.value; ++i) r *= i;
    return Int(r);
}

// ceildiv(a, b) = -((-a) // b), with Mojo's floor division (by zero: 0).
template <class T, bool I>
MOJO_HOST_DEVICE constexpr Integer<T, I> ceildiv(Integer<T, I> a, Integer<T, I> b) noexcept {
    if constexpr (std::is_signed_v<T>) {
        return -mojo::floordiv(-a, b);
    } else {
        if (b.value == 0) return Integer<T, I>(T(0));
        return Integer<T, I>(static_cast<T>(a.value / b.value + (a.value % b.value != 0 ? 1 : 0)));
    }
}
MOJO_HOST_DEVICE inline double ceildiv(double a, double b) noexcept { return -mojo::floordiv(-a, b); }
MOJO_HOST_DEVICE inline float ceildiv(float a, float b) noexcept { return -mojo::floordiv(-a, b); }

// clamp(v, lo, hi) = max(min(v, hi), lo). On floats min/max are compare and
// select, so a NaN value gives hi.
template <class T, bool I>
MOJO_HOST_DEVICE constexpr Integer<T, I> clamp(Integer<T, I> v, Integer<T, I> lo, Integer<T, I> hi) noexcept {
    const Integer<T, I> m = v < hi ? v : hi;
    return m > lo ? m : lo;
}
MOJO_HOST_DEVICE inline double clamp(double v, double lo, double hi) noexcept {
    return mojo::detail::select_max(mojo::detail::select_min(v, hi), lo);
}
MOJO_HOST_DEVICE inline float clamp(float v, float lo, float hi) noexcept {
    return mojo::detail::select_max(mojo::detail::select_min(v, hi), lo);
}

// align_down(v, a) = (v // a) * a; align_up(v, a) = ceildiv(v, a) * a.
MOJO_HOST_DEVICE constexpr Int align_down(Int v, Int a) noexcept { return mojo::floordiv(v, a) * a; }
MOJO_HOST_DEVICE constexpr Int align_up(Int v, Int a) noexcept { return ceildiv(v, a) * a; }

}  // namespace mojo::math
