// mojo/simd/simd.hpp -- Mojo's SIMD[dtype, width] as mojo::SIMD<S, N>: the
// type, its lanes, its operators and its text.
//
// S is the C++ type mojoc uses for the Mojo scalar: bool, mojo::Int8..UInt64,
// mojo::Int/UInt (DType.int/uint), float (float32), double (float64). N is a
// power of two >= 2: a Mojo Scalar[dt] (width 1) is just S, never SIMD<S, 1>,
// and mojo::simd_t<S, N> names "S when N == 1, else SIMD<S, N>" for generic
// code. Every free function of the SIMD headers also accepts a plain S and
// then behaves as width 1.
//
// Lane semantics (checked against Mojo 1.2 unless marked *(chosen)*):
//   + - * wrap on integer lanes; `/` truncates integers toward zero; integer
//   x / 0 == 0 and MIN / -1 == MIN *(chosen: Mojo 1.2's lanes give x86 garbage,
//   e.g. int32 x / 0 == MIN, int64 x / 0 == +-1)*; << >> on integer lanes treat
//   the count as unsigned: a count >= the bit width (negative included) gives 0,
//   or the sign fill for a signed >> (what Mojo 1.2 computes at run time on
//   x86). `a == b` is True when every lane is equal, `a != b` is `not a == b`;
//   lane masks come from simd_eq/.../simd_ge (simd/compare.hpp).
#pragma once

#include "mojo/config.hpp"

#include <cstring>
#include <type_traits>
#include <utility>

#include "mojo/builtin/arith.hpp"
#include "mojo/builtin/int.hpp"
#include "mojo/builtin/integer.hpp"
#include "mojo/simd/storage.hpp"
#include "mojo/simd/write.hpp"

namespace mojo {

namespace detail {
// A C++ literal type that splats into SIMD<S, N> the way a Mojo literal does:
// integer literals for integer lanes, any number for float lanes.
template <class U, class S>
inline constexpr bool simd_literal_v =
    !std::is_same_v<U, S> && !std::is_same_v<U, bool> &&
    ((is_integer_v<S> && is_raw_int_v<U>) || (std::is_floating_point_v<S> && std::is_arithmetic_v<U>));

struct simd_uninit_t {};
}  // namespace detail

template <class S, int N>
struct SIMD {
    static_assert(N >= 2 && (N & (N - 1)) == 0,
                  "mojo::SIMD<S, N>: N must be a power of two >= 2 (width 1 is the scalar S; use mojo::simd_t<S, N>)");

    using lane_type = S;
    using raw_lane = detail::simd_lane_t<S>;
    using storage_type = detail::simd_storage<raw_lane, N>;
    using layout = typename storage_type::layout;
    using chunk = typename layout::chunk;
    static constexpr int size = N;
    static constexpr int chunks = layout::chunks;
    static constexpr int chunk_lanes = layout::chunk_lanes;
    static constexpr bool is_float = std::is_floating_point_v<S>;
    static constexpr bool is_bool = std::is_same_v<S, bool>;
    static constexpr bool is_int = is_integer_v<S>;

    storage_type s;

    // ---- construction ---------------------------------------------------------
    // All lanes zero (False).
    MOJO_SIMD_FN SIMD() noexcept : s{} {}
    // For the operators below: storage that is written before it is read.
    MOJO_SIMD_FN explicit SIMD(detail::simd_uninit_t) noexcept {}
    MOJO_SIMD_FN explicit SIMD(const storage_type& st) noexcept : s(st) {}
    // Implicit splat, as Mojo converts a Scalar (or a literal) to any width:
    // `v * 2`, `SIMD<float, 4> x = 1.0f`.
    MOJO_SIMD_FN SIMD(S x) noexcept : s(splat_storage(lane_to_raw(x))) {}
    template <class U, std::enable_if_t<detail::simd_literal_v<U, S>, int> = 0>
    MOJO_SIMD_FN SIMD(U x) noexcept : SIMD(S(x)) {}

    MOJO_SIMD_FN static SIMD splat(S x) noexcept { return SIMD(x); }

    // SIMD[dt, N](a, b, ...): exactly N lanes, each convertible to S.
    template <class... A>
    MOJO_SIMD_FN static SIMD of(A... lanes) noexcept {
        static_assert(sizeof...(A) == N, "mojo::SIMD::of needs exactly N lanes");
        const raw_lane raw[N] = {lane_to_raw(S(lanes))...};
        return from_raw([&](int i) { return raw[i]; });
    }

    // A value whose lane i is f(i) (a raw lane). The building block of every
    // lane-by-lane operation; constexpr, and folded into vector code by the
    // compiler when f is simple.
    template <class F>
    MOJO_SIMD_FN static SIMD from_raw(F f) noexcept {
        SIMD r(detail::simd_uninit_t{});
        [&]<int... K>(std::integer_sequence<int, K...>) {
            ((r.s.c[K] = make_chunk<K>(f)), ...);
        }(std::make_integer_sequence<int, chunks>{});
        return r;
    }
    // A value whose lane i is f(i) (an S).
    template <class F>
    MOJO_SIMD_FN static SIMD from_lanes(F f) noexcept {
        return from_raw([&](int i) { return lane_to_raw(S(f(i))); });
    }

    // Loads N lanes from memory (UnsafePointer.load[width=N]); no alignment needed.
    MOJO_HOST_DEVICE MOJO_ALWAYS_INLINE static SIMD load(const S* p) noexcept {
        if constexpr (is_bool) {
            return from_lanes([&](int i) { return p[i]; });
        } else {
            SIMD r(detail::simd_uninit_t{});
            ::memcpy(&r.s, p, sizeof r.s);
            return r;
        }
    }
    // Stores the N lanes to memory (UnsafePointer.store).
    MOJO_HOST_DEVICE MOJO_ALWAYS_INLINE void store(S* p) const noexcept {
        if constexpr (is_bool) {
            for (int i = 0; i < N; ++i) p[i] = get(i);
        } else {
            ::memcpy(p, &s, sizeof s);
        }
    }

    // ---- lanes ------------------------------------------------------------------
    // v[i]; Mojo allows i in [0, N) (anything else is undefined there and here).
    MOJO_SIMD_FN S get(Int i) const noexcept { return detail::lane_from_raw<S>(raw_get(int(i.value))); }
    MOJO_SIMD_FN S operator[](Int i) const noexcept { return get(i); }
    MOJO_SIMD_FN void set(Int i, S x) noexcept {
        const int k = int(i.value);
        const raw_lane r = lane_to_raw(x);
        if (std::is_constant_evaluated()) {
            // g++ cannot assign one element of a vector in a constant
            // expression; rebuild the whole value instead.
            const SIMD old = *this;
            *this = from_raw([&](int j) { return j == k ? r : old.raw_get(j); });
        } else {
#if MOJO_SIMD_VECTOR_EXT
            s.c[k / chunk_lanes][k % chunk_lanes] = r;
#else
            s.c[k] = r;
#endif
        }
    }
    MOJO_SIMD_FN raw_lane raw_get(int k) const noexcept {
#if MOJO_SIMD_VECTOR_EXT
        return s.c[k / chunk_lanes][k % chunk_lanes];
#else
        return s.c[k];
#endif
    }

    // `if v:` / Bool(v): some lane is nonzero (a NaN lane counts as zero, since
    // Mojo tests `ne(0)`, an ordered compare).
    MOJO_SIMD_FN explicit operator bool() const noexcept;

    // ---- arithmetic ----------------------------------------------------------------
    MOJO_SIMD_FN friend SIMD operator+(const SIMD& a, const SIMD& b) noexcept {
        static_assert(!is_bool, "SIMD: + needs numeric lanes");
        if constexpr (is_float) return zip(a, b, [](auto x, auto y) { return x + y; });
        else return zip(a, b, [](auto x, auto y) { return detail::wrap_add(x, y); });
    }
    MOJO_SIMD_FN friend SIMD operator-(const SIMD& a, const SIMD& b) noexcept {
        static_assert(!is_bool, "SIMD: - needs numeric lanes");
        if constexpr (is_float) return zip(a, b, [](auto x, auto y) { return x - y; });
        else return zip(a, b, [](auto x, auto y) { return detail::wrap_sub(x, y); });
    }
    MOJO_SIMD_FN friend SIMD operator*(const SIMD& a, const SIMD& b) noexcept {
        static_assert(!is_bool, "SIMD: * needs numeric lanes");
        if constexpr (is_float) return zip(a, b, [](auto x, auto y) { return x * y; });
        else return zip(a, b, [](auto x, auto y) { return detail::wrap_mul(x, y); });
    }
    // Floats: IEEE division. Integers: truncating (7 / 2 == 3, -7 / 2 == -3),
    // x / 0 == 0 and MIN / -1 == MIN (*chosen*, like mojo::truediv on scalars).
    // There is no vector integer division instruction, so this is a lane loop.
    MOJO_SIMD_FN friend SIMD operator/(const SIMD& a, const SIMD& b) noexcept {
        static_assert(!is_bool, "SIMD: / needs numeric lanes");
        if constexpr (is_float) return zip(a, b, [](auto x, auto y) { return x / y; });
        else return from_lanes([&](int i) { return detail::truediv_int(a.get(i), b.get(i)); });
    }
    MOJO_SIMD_FN friend SIMD operator-(const SIMD& a) noexcept {
        static_assert(!is_bool, "SIMD: unary - needs numeric lanes");
        if constexpr (is_float) return map(a, [](auto x) { return -x; });
        else return map(a, [](auto x) { return detail::wrap_neg(x); });
    }
    MOJO_SIMD_FN friend SIMD operator+(const SIMD& a) noexcept {
        static_assert(!is_bool, "SIMD: unary + needs numeric lanes");
        return a;
    }
    MOJO_SIMD_FN friend SIMD operator~(const SIMD& a) noexcept {
        static_assert(!is_float, "SIMD: ~ needs integer or bool lanes");
        return map(a, [](auto x) { return decltype(x)(~x); });
    }
    MOJO_SIMD_FN friend SIMD operator&(const SIMD& a, const SIMD& b) noexcept {
        static_assert(!is_float, "SIMD: & needs integer or bool lanes");
        return zip(a, b, [](auto x, auto y) { return decltype(x)(x & y); });
    }
    MOJO_SIMD_FN friend SIMD operator|(const SIMD& a, const SIMD& b) noexcept {
        static_assert(!is_float, "SIMD: | needs integer or bool lanes");
        return zip(a, b, [](auto x, auto y) { return decltype(x)(x | y); });
    }
    MOJO_SIMD_FN friend SIMD operator^(const SIMD& a, const SIMD& b) noexcept {
        static_assert(!is_float, "SIMD: ^ needs integer or bool lanes");
        return zip(a, b, [](auto x, auto y) { return decltype(x)(x ^ y); });
    }
    // Lane-wise shifts. The count is taken as unsigned, so a negative count is
    // huge: count >= bits gives 0 for << and for unsigned >>, the sign fill for
    // a signed >> (Mojo 1.2 at run time on x86: vpsllv/vpsrav/vpsrlv).
    MOJO_SIMD_FN friend SIMD operator<<(const SIMD& a, const SIMD& b) noexcept {
        static_assert(is_int, "SIMD: << needs integer lanes");
        return zip(a, b, [](auto x, auto y) {
            using X = decltype(x);
            using U = detail::unsigned_view_t<X>;
            using E = detail::chunk_elem_t<U>;
            constexpr E bits = E(sizeof(detail::chunk_elem_t<X>) * 8);
            const U n = (U)y;
            const X shifted = (X)((U)x << (n & E(bits - 1)));
            return detail::blend(n < bits, shifted, X{});
        });
    }
    MOJO_SIMD_FN friend SIMD operator>>(const SIMD& a, const SIMD& b) noexcept {
        static_assert(is_int, "SIMD: >> needs integer lanes");
        return zip(a, b, [](auto x, auto y) {
            using X = decltype(x);
            using U = detail::unsigned_view_t<X>;
            using E = detail::chunk_elem_t<U>;
            constexpr E bits = E(sizeof(detail::chunk_elem_t<X>) * 8);
            const U n = (U)y;
            if constexpr (std::is_signed_v<detail::chunk_elem_t<X>>) {
                // Clamping the count to bits - 1 gives the sign fill.
                const U c = detail::blend(n < bits, n, (U)(U{} + E(bits - 1)));
                return (X)(x >> (X)c);
            } else {
                const X shifted = (X)((U)x >> (n & E(bits - 1)));
                return detail::blend(n < bits, shifted, X{});
            }
        });
    }

    MOJO_SIMD_FN SIMD& operator+=(const SIMD& b) noexcept { return *this = *this + b; }
    MOJO_SIMD_FN SIMD& operator-=(const SIMD& b) noexcept { return *this = *this - b; }
    MOJO_SIMD_FN SIMD& operator*=(const SIMD& b) noexcept { return *this = *this * b; }
    MOJO_SIMD_FN SIMD& operator/=(const SIMD& b) noexcept { return *this = *this / b; }
    MOJO_SIMD_FN SIMD& operator&=(const SIMD& b) noexcept { return *this = *this & b; }
    MOJO_SIMD_FN SIMD& operator|=(const SIMD& b) noexcept { return *this = *this | b; }
    MOJO_SIMD_FN SIMD& operator^=(const SIMD& b) noexcept { return *this = *this ^ b; }
    MOJO_SIMD_FN SIMD& operator<<=(const SIMD& b) noexcept { return *this = *this << b; }
    MOJO_SIMD_FN SIMD& operator>>=(const SIMD& b) noexcept { return *this = *this >> b; }

    // Mojo 1.2 (and 0.25.6): `a == b` is True iff every lane is equal (ordered:
    // a NaN lane is never equal); `a != b` is `not (a == b)`.
    MOJO_SIMD_FN friend bool operator==(const SIMD& a, const SIMD& b) noexcept {
        bool all = true;
        for (int k = 0; k < chunks; ++k) all = all && detail::all_lanes_set(detail::to_mask(a.s.c[k] == b.s.c[k]));
        return all;
    }
    MOJO_SIMD_FN friend bool operator!=(const SIMD& a, const SIMD& b) noexcept { return !(a == b); }

    // ---- text (host only) ---------------------------------------------------------
    template <class W>
    void write_to(W& w) const {
        detail::write_simd(w, *this, false);
    }
    template <class W>
    void write_repr_to(W& w) const {
        detail::write_simd(w, *this, true);
    }

    // ---- helpers for the SIMD headers ------------------------------------------------
    MOJO_SIMD_FN static raw_lane lane_to_raw(S x) noexcept { return detail::lane_to_raw(x); }

    // f applied to each chunk (a vector, or a lane under nvcc).
    template <class F>
    MOJO_SIMD_FN static SIMD map(const SIMD& a, F f) noexcept {
        SIMD r(detail::simd_uninit_t{});
        for (int k = 0; k < chunks; ++k) r.s.c[k] = (chunk)f(a.s.c[k]);
        return r;
    }
    template <class F>
    MOJO_SIMD_FN static SIMD zip(const SIMD& a, const SIMD& b, F f) noexcept {
        SIMD r(detail::simd_uninit_t{});
        for (int k = 0; k < chunks; ++k) r.s.c[k] = (chunk)f(a.s.c[k], b.s.c[k]);
        return r;
    }

private:
    MOJO_SIMD_FN static storage_type splat_storage(raw_lane x) noexcept {
        storage_type r{};
        for (int k = 0; k < chunks; ++k)
            r.c[k] = [&]<int... I>(std::integer_sequence<int, I...>) {
                return chunk{((void)I, x)...};
            }(std::make_integer_sequence<int, chunk_lanes>{});
        return r;
    }
    template <int K, class F>
    MOJO_SIMD_FN static chunk make_chunk(F& f) noexcept {
        return [&]<int... I>(std::integer_sequence<int, I...>) {
            return chunk{static_cast<raw_lane>(f(K * chunk_lanes + I))...};
        }(std::make_integer_sequence<int, chunk_lanes>{});
    }
};

// ---- scalar / SIMD uniformity ---------------------------------------------------------
// simd_t<S, N>: the Mojo type SIMD[dt, N] in C++ (S itself for N == 1).
template <class S, int N>
struct simd_type {
    using type = SIMD<S, N>;
};
template <class S>
struct simd_type<S, 1> {
    using type = S;
};
template <class S, int N>
using simd_t = typename simd_type<S, N>::type;

// simd_traits<T>: lane type and width of a SIMD value or of a scalar (width 1).
template <class T>
struct simd_traits {
    using lane_type = T;
    static constexpr int width = 1;
    static constexpr bool is_vector = false;
};
template <class S, int N>
struct simd_traits<SIMD<S, N>> {
    using lane_type = S;
    static constexpr int width = N;
    static constexpr bool is_vector = true;
};
template <class T>
inline constexpr bool is_simd_v = simd_traits<std::remove_cv_t<std::remove_reference_t<T>>>::is_vector;

// Width-generic construction and lane access (the emitter uses these where the
// width is a parameter that may be 1).
template <class S, int N>
MOJO_SIMD_FN simd_t<S, N> simd_splat(S x) noexcept {
    return simd_t<S, N>(x);
}
template <class S, int N, class... A>
MOJO_SIMD_FN simd_t<S, N> simd_of(A... lanes) noexcept {
    if constexpr (N == 1) {
        static_assert(sizeof...(A) == 1, "mojo::simd_of<S, 1> takes one lane");
        return S(lanes...);
    } else {
        return SIMD<S, N>::of(lanes...);
    }
}
template <class T>
MOJO_SIMD_FN auto simd_get(const T& v, Int i) noexcept {
    if constexpr (is_simd_v<T>) return v.get(i);
    else return v;
}
template <class T, class X>
MOJO_SIMD_FN void simd_set(T& v, Int i, X x) noexcept {
    if constexpr (is_simd_v<T>) v.set(i, typename T::lane_type(x));
    else v = T(x);
}
// UnsafePointer.load[width=N] / store for any width.
template <int N, class S>
MOJO_HOST_DEVICE MOJO_ALWAYS_INLINE simd_t<S, N> simd_load(const S* p) noexcept {
    if constexpr (N == 1) return *p;
    else return SIMD<S, N>::load(p);
}
template <class S, class T>
MOJO_HOST_DEVICE MOJO_ALWAYS_INLINE void simd_store(S* p, const T& v) noexcept {
    if constexpr (is_simd_v<T>) v.store(p);
    else *p = v;
}

// The result of v.split() / v.deinterleave() (a Mojo Tuple of two vectors).
// A plain aggregate so that it also works in device code; supports structured
// bindings (`auto [lo, hi] = mojo::simd_split(v);`) and get<0>/get<1>.
template <class T>
struct SimdPair {
    T first;
    T second;
    template <int I>
    MOJO_SIMD_FN const T& get() const noexcept {
        static_assert(I == 0 || I == 1, "SimdPair has two elements");
        if constexpr (I == 0) return first;
        else return second;
    }
};

template <class S, int N>
MOJO_SIMD_FN SIMD<S, N>::operator bool() const noexcept {
    bool any = false;
    for (int k = 0; k < chunks; ++k) any = any || detail::any_lane_set(detail::chunk_nonzero<S>(s.c[k]));
    return any;
}

}  // namespace mojo

