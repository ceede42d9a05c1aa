// mojo/simd/storage.hpp -- how the lanes of mojo::SIMD<S, N> are stored, and
// the few block-level tools every SIMD operation is built from. Internal
// (mojo::detail); the public type is in mojo/simd/simd.hpp.
//
// Two backends, chosen per compiler (the same in the host and device passes of
// one translation unit, so the layout of a SIMD value never differs between
// them):
//   * g++ / clang++ / hipcc: GCC vector extensions. A SIMD value is an array of
//     "chunks", each a native-width vector (64 bytes with AVX-512F, 32 with AVX,
//     else 16), or one smaller vector when the whole value is smaller. Wider
//     values are split because GCC 12 runs a generic 16 x f64 vector 2.4x slower
//     than two 8 x f64 ones (see /work/shared/PERF.md section 1).
//   * nvcc (__CUDACC__): nvcc rejects operations on vector types in device
//     code, so a chunk is one lane and every operation is a lane loop.
// Either way the lanes are contiguous in memory, lane i at byte i * sizeof(lane),
// with no padding (sizeof == N * sizeof(lane)), so a SIMD value can be
// bit-copied between the backends. The alignment is one chunk's (at most the
// native width) under g++/clang, min(size, 16) under nvcc.
#pragma once

#include <cstdint>
#include <type_traits>
#include <utility>

#include "mojo/builtin/integer.hpp"
#include "mojo/config.hpp"

// MOJO_SIMD_NO_VECTOR_EXT forces the lane-array backend on any compiler (the
// unit tests use it to run the nvcc code path on the host).
#if defined(__CUDACC__) || defined(MOJO_SIMD_NO_VECTOR_EXT) || !(defined(__GNUC__) || defined(__clang__))
#define MOJO_SIMD_VECTOR_EXT 0
#else
#define MOJO_SIMD_VECTOR_EXT 1
#endif

// Every SIMD function is tiny and must vanish into its caller: a SIMD value
// that crosses a real call is spilled to memory, which is what costs time.
#define MOJO_SIMD_FN MOJO_HOST_DEVICE MOJO_ALWAYS_INLINE constexpr

namespace mojo {

template <class S, int N>
struct SIMD;

namespace detail {

// Bytes of the widest vector register the host target has.
#if defined(__AVX512F__)
inline constexpr int kSimdNativeBytes = 64;
#elif defined(__AVX__)
inline constexpr int kSimdNativeBytes = 32;
#else
inline constexpr int kSimdNativeBytes = 16;
#endif

// ---- the raw C++ type of one lane -------------------------------------------
// Integer<T> lanes are stored as T; bool lanes as int8_t holding 0 or -1 (all
// bits set), which is what a vector compare produces, so masks need no fix-up
// and & | ^ ~ work bit-wise. Floats are themselves.
template <class S>
struct simd_lane {
    static_assert(std::is_same_v<S, float> || std::is_same_v<S, double>,
                  "mojo::SIMD lanes are bool, float, double or a mojo::Integer type");
    using type = S;
};
template <>
struct simd_lane<bool> {
    using type = std::int8_t;
};
template <class T, bool I>
struct simd_lane<Integer<T, I>> {
    using type = T;
};
template <class S>
using simd_lane_t = typename simd_lane<S>::type;

template <class S>
MOJO_SIMD_FN simd_lane_t<S> lane_to_raw(S x) noexcept {
    if constexpr (std::is_same_v<S, bool>) return x ? std::int8_t(-1) : std::int8_t(0);
    else if constexpr (is_integer_v<S>) return x.value;
    else return x;
}
template <class S>
MOJO_SIMD_FN S lane_from_raw(simd_lane_t<S> r) noexcept {
    if constexpr (std::is_same_v<S, bool>) return r != 0;
    else if constexpr (is_integer_v<S>) return S(r);
    else return r;
}

#if MOJO_SIMD_VECTOR_EXT
// A GCC/clang vector of Bytes bytes of L.
template <class L, int Bytes>
struct vec_of {
    typedef L type __attribute__((vector_size(Bytes)));
};
template <class L, int Bytes>
using vec_t = typename vec_of<L, Bytes>::type;
#endif

// ---- layout ------------------------------------------------------------------
template <class L, int N>
struct simd_layout {
    static constexpr int bytes = N * int(sizeof(L));
#if MOJO_SIMD_VECTOR_EXT
    static constexpr int chunk_bytes = bytes < kSimdNativeBytes ? bytes : kSimdNativeBytes;
    static constexpr int chunk_lanes = chunk_bytes / int(sizeof(L));
    using chunk = vec_t<L, chunk_bytes>;
    // A chunk's own alignment; more would make g++ note a psabi change for
    // every by-value SIMD argument.
    static constexpr int align = chunk_bytes;
#else
    static constexpr int chunk_lanes = 1;
    using chunk = L;
    // The same in nvcc's host and device passes (no target macros involved).
    static constexpr int align = bytes < 16 ? bytes : 16;
#endif
    static constexpr int chunks = N / chunk_lanes;
};

template <class L, int N>
struct simd_storage {
    using layout = simd_layout<L, N>;
    using chunk = typename layout::chunk;
    alignas(layout::align) chunk c[layout::chunks];
};

// ---- unsigned views (integer arithmetic must wrap, never overflow) ----------
// For a raw lane: its unsigned type, widened to unsigned int so that u16 * u16
// is not promoted to a signed int that can overflow. For a vector: the unsigned
// vector of the same shape (vector arithmetic never promotes).
template <class X, class = void>
struct unsigned_view {
    using U = std::make_unsigned_t<X>;
    using type = std::conditional_t<(sizeof(U) < sizeof(unsigned)), unsigned, U>;
};
#if MOJO_SIMD_VECTOR_EXT
template <class X>
struct unsigned_view<X, std::enable_if_t<!std::is_arithmetic_v<X>>> {
    using E = std::remove_cv_t<std::remove_reference_t<decltype(std::declval<X>()[0])>>;
    using type = vec_t<std::make_unsigned_t<E>, int(sizeof(X))>;
};
#endif
template <class X>
using unsigned_view_t = typename unsigned_view<X>::type;

template <class X>
MOJO_SIMD_FN X wrap_add(X a, X b) noexcept {
    using U = unsigned_view_t<X>;
    return (X)((U)a + (U)b);
}
template <class X>
MOJO_SIMD_FN X wrap_sub(X a, X b) noexcept {
    using U = unsigned_view_t<X>;
    return (X)((U)a - (U)b);
}
template <class X>
MOJO_SIMD_FN X wrap_mul(X a, X b) noexcept {
    using U = unsigned_view_t<X>;
    return (X)((U)a * (U)b);
}
template <class X>
MOJO_SIMD_FN X wrap_neg(X a) noexcept {
    using U = unsigned_view_t<X>;
    return (X)(U{} - (U)a);
}

// The element type of a raw chunk (a vector or a plain lane).
template <class X>
struct chunk_elem {
    using type = X;
};
#if MOJO_SIMD_VECTOR_EXT
template <class X>
    requires(!std::is_arithmetic_v<X>)
struct chunk_elem<X> {
    using type = std::remove_cv_t<std::remove_reference_t<decltype(std::declval<X>()[0])>>;
};
#endif
template <class X>
using chunk_elem_t = typename chunk_elem<X>::type;

// A compare result (a vector of 0/-1 of the operands' lane width, or a C++
// bool) as mask lanes: int8 0/-1.
template <class C>
MOJO_SIMD_FN auto to_mask(C c) noexcept {
    if constexpr (std::is_arithmetic_v<C>) {
        return c ? std::int8_t(-1) : std::int8_t(0);
    } else {
#if MOJO_SIMD_VECTOR_EXT
        constexpr int lanes = int(sizeof(C) / sizeof(c[0]));
        return __builtin_convertvector(c, vec_t<std::int8_t, lanes>);
#endif
    }
}

// Mask lanes (int8 0/-1) widened to a condition usable in `m ? a : b` with a
// and b of raw type X: same lane count and lane width.
template <class X, class M>
MOJO_SIMD_FN auto mask_as_cond(M m) noexcept {
    if constexpr (std::is_arithmetic_v<X>) {
        return m != 0;
    } else {
#if MOJO_SIMD_VECTOR_EXT
        using E = chunk_elem_t<X>;
        using I = std::conditional_t<sizeof(E) == 1, std::int8_t,
                  std::conditional_t<sizeof(E) == 2, std::int16_t,
                  std::conditional_t<sizeof(E) == 4, std::int32_t, std::int64_t>>>;
        return __builtin_convertvector(m, vec_t<I, int(sizeof(X))>);
#endif
    }
}

// Lane-wise `c ? a : b` for a vector condition (GCC/clang vector ?:) or a bool.
template <class C, class X>
MOJO_SIMD_FN X blend(C c, X a, X b) noexcept {
    return c ? a : b;
}

// ---- blocks: the unit of work when lane types of different widths meet ------
// An operation between SIMD values whose lane types differ in width (compare ->
// mask, select, cast) walks them in blocks of B lanes, B = the lanes of one
// native chunk of the widest type. A block is a whole chunk of the widest type
// and a slice of a chunk of the narrower ones (__builtin_shufflevector picks it
// out and glues results back, so everything stays in registers).
template <int N, class... Ls>
MOJO_HOST_DEVICE constexpr int block_lanes() noexcept {
    int b = N;
    ((b = simd_layout<Ls, N>::chunk_lanes < b ? simd_layout<Ls, N>::chunk_lanes : b), ...);
    return b;
}

#if MOJO_SIMD_VECTOR_EXT
template <int Off, class V, int... I>
MOJO_SIMD_FN auto sub_lanes(V v, std::integer_sequence<int, I...>) noexcept {
    return __builtin_shufflevector(v, v, (Off + I)...);
}
template <class V, int... I>
MOJO_SIMD_FN auto concat_lanes(V a, V b, std::integer_sequence<int, I...>) noexcept {
    return __builtin_shufflevector(a, b, I...);
}
#endif

// Block J (B lanes) of a storage.
template <int B, int J, class L, int N>
MOJO_SIMD_FN auto get_block(const simd_storage<L, N>& s) noexcept {
    constexpr int cl = simd_layout<L, N>::chunk_lanes;
    if constexpr (B == cl) {
        return s.c[J];
    } else {
#if MOJO_SIMD_VECTOR_EXT
        return sub_lanes<(J * B) % cl>(s.c[(J * B) / cl], std::make_integer_sequence<int, B>{});
#endif
    }
}

// Blocks Lo .. Lo+Count-1 produced by f(integral_constant<J>), glued into one vector.
template <int Lo, int Count, class F>
MOJO_SIMD_FN auto glue_blocks(F& f) noexcept {
    if constexpr (Count == 1) {
        return f(std::integral_constant<int, Lo>{});
    } else {
#if MOJO_SIMD_VECTOR_EXT
        auto a = glue_blocks<Lo, Count / 2>(f);
        auto b = glue_blocks<Lo + Count / 2, Count / 2>(f);
        constexpr int n = int(sizeof(a) / sizeof(a[0]));
        return concat_lanes(a, b, std::make_integer_sequence<int, 2 * n>{});
#endif
    }
}

// A storage built from blocks of B lanes: f(integral_constant<J>) gives block J
// as a raw vector (or lane) of L.
template <class L, int N, int B, class F>
MOJO_SIMD_FN simd_storage<L, N> from_blocks(F f) noexcept {
    using layout = simd_layout<L, N>;
    constexpr int per_chunk = layout::chunk_lanes / B;
    simd_storage<L, N> r{};
    [&]<int... K>(std::integer_sequence<int, K...>) {
        ((r.c[K] = (typename layout::chunk)glue_blocks<K * per_chunk, per_chunk>(f)), ...);
    }(std::make_integer_sequence<int, layout::chunks>{});
    return r;
}

// All mask lanes (int8 0/-1, or one bool) set / any set. Masks up to 8 bytes
// are one integer compare; wider ones are folded in halves first.
template <class M>
MOJO_SIMD_FN bool all_lanes_set(M m) noexcept {
    if constexpr (std::is_arithmetic_v<M>) {
        return m != 0;
    } else {
#if MOJO_SIMD_VECTOR_EXT
        constexpr int n = int(sizeof(M));
        if constexpr (n > 8) {
            auto lo = sub_lanes<0>(m, std::make_integer_sequence<int, n / 2>{});
            auto hi = sub_lanes<n / 2>(m, std::make_integer_sequence<int, n / 2>{});
            return all_lanes_set(lo & hi);
        } else {
            using U = std::conditional_t<n == 2, std::uint16_t, std::conditional_t<n == 4, std::uint32_t, std::uint64_t>>;
            return __builtin_bit_cast(U, m) == U(~U(0));
        }
#endif
    }
}
template <class M>
MOJO_SIMD_FN bool any_lane_set(M m) noexcept {
    if constexpr (std::is_arithmetic_v<M>) {
        return m != 0;
    } else {
#if MOJO_SIMD_VECTOR_EXT
        constexpr int n = int(sizeof(M));
        if constexpr (n > 8) {
            auto lo = sub_lanes<0>(m, std::make_integer_sequence<int, n / 2>{});
            auto hi = sub_lanes<n / 2>(m, std::make_integer_sequence<int, n / 2>{});
            return any_lane_set(lo | hi);
        } else {
            using U = std::conditional_t<n == 2, std::uint16_t, std::conditional_t<n == 4, std::uint32_t, std::uint64_t>>;
            return __builtin_bit_cast(U, m) != 0;
        }
#endif
    }
}

// The ordered "not equal to zero" of one chunk, as mask lanes: x < 0 or x > 0
// for floats (NaN is not != 0 in Mojo), x != 0 for integers; bool lanes are
// masks already.
template <class S, class X>
MOJO_SIMD_FN auto chunk_nonzero(X x) noexcept {
    if constexpr (std::is_same_v<S, bool>) return x;  // already mask lanes (0 / -1)
    else if constexpr (std::is_floating_point_v<S>) return to_mask((x < X{}) | (x > X{}));
    else return to_mask(x != X{});
}

}  // namespace detail
}  // namespace mojo
