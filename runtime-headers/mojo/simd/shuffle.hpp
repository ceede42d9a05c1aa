// mojo/simd/shuffle.hpp -- moving lanes around: v.shuffle[...](), a.shuffle[...](b),
// slice, insert, join, interleave, deinterleave, split, reversed, rotate_left/right,
// shift_left/right. Lane positions are template arguments, as they are
// compile-time parameters in Mojo. A result of width 1 is the plain scalar S.
//
// Checked against Mojo 1.2 (v = [1, 2, ..., 8]):
//   v.rotate_left[1]() == [2, 3, 4, 5, 6, 7, 8, 1], rotate_left[-2] == [7, 8, 1, ...];
//   v.shift_left[3]() == [4, 5, 6, 7, 8, 0, 0, 0], shift_right[3] == [0, 0, 0, 1, ...];
//   a.shuffle[0, 8, 1, 9, ...](b) indexes a ++ b; a.interleave(b) == [a0, b0, a1, b1, ...];
//   v.deinterleave() == ([1, 3, 5, 7], [2, 4, 6, 8]) (a Mojo Tuple; here a SimdPair);
//   v.slice[2, offset=3]() == [4, 5]; v.insert[offset=2](w) overwrites lanes 2.. with w.
#pragma once

#include <type_traits>
#include <utility>

#include "mojo/simd/simd.hpp"

namespace mojo {

namespace detail {

// Raw lane k of a SIMD value or of a scalar (its only lane).
template <class T>
MOJO_SIMD_FN auto raw_lane_of(const T& v, int k) noexcept {
    if constexpr (is_simd_v<T>) return v.raw_get(k);
    else return lane_to_raw(v);
}

// Map for explicit shuffle indices.
template <int... I>
struct index_list {
    MOJO_HOST_DEVICE constexpr int operator()(int i) const noexcept {
        constexpr int idx[] = {I...};
        return idx[i];
    }
};

#if MOJO_SIMD_VECTOR_EXT
// Lanes Map(Base + i) of x ++ y as one vector.
template <class Map, int Base, class X, int... I>
MOJO_SIMD_FN auto pick_chunk(X x, X y, std::integer_sequence<int, I...>) noexcept {
    return __builtin_shufflevector(x, y, Map{}(Base + I)...);
}
#endif

// The value of M lanes whose lane i is (a ++ b)[Map{}(i)]. A and B are the
// same type (SIMD<S, N> or S). Map is a captureless constexpr lambda. When a
// and b are single vectors, each result chunk is one __builtin_shufflevector.
template <class S, int M, class Map, class A>
MOJO_SIMD_FN simd_t<S, M> simd_pick(const A& a, const A& b) noexcept {
    constexpr int N = simd_traits<A>::width;
    using R = simd_t<S, M>;
    if constexpr (M == 1) {
        constexpr int k = Map{}(0);
        return lane_from_raw<S>(k < N ? raw_lane_of(a, k) : raw_lane_of(b, k - N));
    } else {
#if MOJO_SIMD_VECTOR_EXT
        constexpr bool one_vector = [] {
            if constexpr (N > 1) return A::chunks == 1;
            else return false;
        }();
        if constexpr (one_vector) {
            R r(simd_uninit_t{});
            [&]<int... K>(std::integer_sequence<int, K...>) {
                ((r.s.c[K] = pick_chunk<Map, K * R::chunk_lanes>(a.s.c[0], b.s.c[0],
                                                                  std::make_integer_sequence<int, R::chunk_lanes>{})),
                 ...);
            }(std::make_integer_sequence<int, R::chunks>{});
            return r;
        } else
#endif
        {
            return R::from_raw([&](int i) {
                const int k = Map{}(i);
                return k < N ? raw_lane_of(a, k) : raw_lane_of(b, k - N);
            });
        }
    }
}

}  // namespace detail

// v.shuffle[I...]() and a.shuffle[I...](b). Mojo requires as many indices as
// lanes; any power-of-two count works here. Indices of the one-argument form
// may also be in [N, 2N) (v ++ v).
template <int... I, class T>
MOJO_SIMD_FN auto simd_shuffle(const T& v) noexcept {
    using S = typename simd_traits<T>::lane_type;
    return detail::simd_pick<S, int(sizeof...(I)), detail::index_list<I...>>(v, v);
}
template <int... I, class T>
MOJO_SIMD_FN auto simd_shuffle(const T& a, const T& b) noexcept {
    using S = typename simd_traits<T>::lane_type;
    return detail::simd_pick<S, int(sizeof...(I)), detail::index_list<I...>>(a, b);
}

// v.slice[W, offset=Off](): lanes Off .. Off+W-1.
template <int W, int Off = 0, class T>
MOJO_SIMD_FN auto simd_slice(const T& v) noexcept {
    using S = typename simd_traits<T>::lane_type;
    constexpr int N = simd_traits<T>::width;
    static_assert(W >= 1 && Off >= 0 && Off + W <= N, "slice out of range");
    if constexpr (W == N) {
        return v;
    } else {
#if MOJO_SIMD_VECTOR_EXT
        constexpr int cl = T::chunk_lanes;
        if constexpr (W > 1 && Off % cl == 0 && W % cl == 0) {
            // Whole chunks: copy them.
            SIMD<S, W> r(detail::simd_uninit_t{});
            for (int k = 0; k < W / cl; ++k) r.s.c[k] = v.s.c[Off / cl + k];
            return r;
        } else if constexpr (W > 1 && Off / cl == (Off + W - 1) / cl) {
            // Inside one chunk: one shuffle of it.
            SIMD<S, W> r(detail::simd_uninit_t{});
            r.s.c[0] = detail::sub_lanes<Off % cl>(v.s.c[Off / cl], std::make_integer_sequence<int, W>{});
            return r;
        } else
#endif
        {
            return detail::simd_pick<S, W, decltype([](int i) { return i + Off; })>(v, v);
        }
    }
}

// v.insert[offset=Off](w): w's lanes replace lanes Off .. Off+len(w)-1.
template <int Off, class T, class U>
MOJO_SIMD_FN T simd_insert(const T& v, const U& w) noexcept {
    constexpr int N = simd_traits<T>::width;
    constexpr int Nw = simd_traits<U>::width;
    static_assert(std::is_same_v<typename simd_traits<T>::lane_type, typename simd_traits<U>::lane_type>,
                  "insert: the lane types must match");
    static_assert(Off >= 0 && Off + Nw <= N && Off % Nw == 0, "insert: offset must be a multiple of len(w) inside v");
    if constexpr (N == Nw) {
        return w;
    } else {
#if MOJO_SIMD_VECTOR_EXT
        if constexpr (Nw > 1 && Off % T::chunk_lanes == 0 && Nw % T::chunk_lanes == 0) {
            T r = v;
            for (int k = 0; k < U::chunks; ++k) r.s.c[Off / T::chunk_lanes + k] = w.s.c[k];
            return r;
        } else
#endif
        {
            return T::from_raw([&](int i) {
                return (i >= Off && i < Off + Nw) ? detail::raw_lane_of(w, i - Off) : v.raw_get(i);
            });
        }
    }
}

// a.join(b): [a0 .. a(N-1), b0 .. b(N-1)].
template <class T>
MOJO_SIMD_FN auto simd_join(const T& a, const T& b) noexcept {
    using S = typename simd_traits<T>::lane_type;
    constexpr int N = simd_traits<T>::width;
#if MOJO_SIMD_VECTOR_EXT
    if constexpr (N > 1 && SIMD<S, 2 * N>::chunks > 1) {
        // Each half is whole native chunks.
        SIMD<S, 2 * N> r(detail::simd_uninit_t{});
        for (int k = 0; k < T::chunks; ++k) {
            r.s.c[k] = a.s.c[k];
            r.s.c[T::chunks + k] = b.s.c[k];
        }
        return r;
    } else
#endif
    {
        return detail::simd_pick<S, 2 * N, decltype([](int i) { return i; })>(a, b);
    }
}

// a.interleave(b): [a0, b0, a1, b1, ...].
template <class T>
MOJO_SIMD_FN auto simd_interleave(const T& a, const T& b) noexcept {
    using S = typename simd_traits<T>::lane_type;
    constexpr int N = simd_traits<T>::width;
    return detail::simd_pick<S, 2 * N, decltype([](int i) { return (i % 2) * N + i / 2; })>(a, b);
}

// v.deinterleave(): (even lanes, odd lanes).
template <class T>
MOJO_SIMD_FN auto simd_deinterleave(const T& v) noexcept {
    using S = typename simd_traits<T>::lane_type;
    constexpr int N = simd_traits<T>::width;
    static_assert(N >= 2, "deinterleave needs at least 2 lanes");
    using H = simd_t<S, N / 2>;
    return SimdPair<H>{detail::simd_pick<S, N / 2, decltype([](int i) { return 2 * i; })>(v, v),
                       detail::simd_pick<S, N / 2, decltype([](int i) { return 2 * i + 1; })>(v, v)};
}

// v.split(): (low half, high half).
template <class T>
MOJO_SIMD_FN auto simd_split(const T& v) noexcept {
    using S = typename simd_traits<T>::lane_type;
    constexpr int N = simd_traits<T>::width;
    static_assert(N >= 2, "split needs at least 2 lanes");
    return SimdPair<simd_t<S, N / 2>>{simd_slice<N / 2, 0>(v), simd_slice<N / 2, N / 2>(v)};
}

// v.reversed().
template <class T>
MOJO_SIMD_FN T simd_reversed(const T& v) noexcept {
    using S = typename simd_traits<T>::lane_type;
    constexpr int N = simd_traits<T>::width;
    return detail::simd_pick<S, N, decltype([](int i) { return N - 1 - i; })>(v, v);
}

// v.rotate_left[K](): lane i is v[(i + K) mod N]; -N <= K < N.
template <int K, class T>
MOJO_SIMD_FN T simd_rotate_left(const T& v) noexcept {
    using S = typename simd_traits<T>::lane_type;
    constexpr int N = simd_traits<T>::width;
    static_assert(K >= -N && K < N, "rotate_left: -N <= shift < N");
    if constexpr (N == 1 || K == 0) return v;
    else return detail::simd_pick<S, N, decltype([](int i) { return (i + K + N) % N; })>(v, v);
}
// v.rotate_right[K]() == v.rotate_left[-K](); -N < K <= N.
template <int K, class T>
MOJO_SIMD_FN T simd_rotate_right(const T& v) noexcept {
    constexpr int N = simd_traits<T>::width;
    static_assert(K > -N && K <= N, "rotate_right: -N < shift <= N");
    if constexpr (K == N) return v;
    else return simd_rotate_left<-K>(v);
}

// v.shift_left[K](): lane i is v[i + K], zeros shifted in at the end; 0 <= K <= N.
template <int K, class T>
MOJO_SIMD_FN T simd_shift_left(const T& v) noexcept {
    using S = typename simd_traits<T>::lane_type;
    constexpr int N = simd_traits<T>::width;
    static_assert(K >= 0 && K <= N, "shift_left: 0 <= shift <= N");
    if constexpr (K == 0) return v;
    else if constexpr (K == N) return T{};
    else return detail::simd_pick<S, N, decltype([](int i) { return i + K; })>(v, T{});
}
// v.shift_right[K](): lane i is v[i - K], zeros shifted in at the start.
template <int K, class T>
MOJO_SIMD_FN T simd_shift_right(const T& v) noexcept {
    using S = typename simd_traits<T>::lane_type;
    constexpr int N = simd_traits<T>::width;
    static_assert(K >= 0 && K <= N, "shift_right: 0 <= shift <= N");
    if constexpr (K == 0) return v;
    else if constexpr (K == N) return T{};
    else return detail::simd_pick<S, N, decltype([](int i) { return i >= K ? i - K : N; })>(v, T{});
}

}  // namespace mojo
