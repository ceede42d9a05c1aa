// mojo/simd/compare.hpp -- lane masks and what uses them: v.eq/ne/lt/le/gt/ge,
// mask.select(a, b), min, max, clamp, abs, any, all.
//
// Facts (Mojo 1.2 and 0.25.6, at run time):
//   * float compares are ordered: a NaN lane is False in every mask, ne
//     included (`nan.ne(nan)` is False, unlike C's !=);
//   * min/max on float lanes ignore a NaN operand (max(nan, 2) == max(2, nan)
//     == 2), for scalars too; -0.0 counts as less than 0.0 (what constant
//     folding gives, e.g. [-0.0, 0.0].reduce_min() == -0.0; at run time Mojo
//     returns either zero, depending on codegen);
//   * clamp(x, lo, hi) is max(min(x, hi), lo);
//   * abs of an integer MIN lane is MIN; abs(-0.0) == 0.0.
// Every function also takes plain scalars (width 1): simd_lt(a, b) is then a
// bool, simd_max(a, b) a scalar.
#pragma once

#include <cmath>
#include <type_traits>

#include "mojo/simd/common.hpp"
#include "mojo/simd/simd.hpp"

namespace mojo {

namespace detail {

// ---- one chunk (a vector, or one lane under nvcc) --------------------------
// The mask lanes of an ordered compare; `op` is one of the six.
enum class simd_cmp { eq, ne, lt, le, gt, ge };

template <simd_cmp Op, class S, class X>
MOJO_SIMD_FN auto chunk_compare(X a, X b) noexcept {
    if constexpr (Op == simd_cmp::eq) return to_mask(a == b);
    else if constexpr (Op == simd_cmp::ne) {
        // Ordered not-equal: NaN lanes are not "not equal".
        if constexpr (std::is_floating_point_v<S>) return to_mask((a < b) | (a > b));
        else return to_mask(a != b);
    } else if constexpr (Op == simd_cmp::lt) return to_mask(a < b);
    else if constexpr (Op == simd_cmp::le) return to_mask(a <= b);
    else if constexpr (Op == simd_cmp::gt) return to_mask(a > b);
    else return to_mask(a >= b);
}

// Equal float lanes (so also +0.0 vs -0.0) combined bit-wise: & gives +0.0
// from the two zeros (max), | gives -0.0 (min); equal nonzero lanes are unchanged.
template <bool Or, class X>
MOJO_SIMD_FN X equal_lanes_merge(X a, X b) noexcept {
    if constexpr (std::is_arithmetic_v<X>) {
        return (std::signbit(a) == Or) ? a : b;
    } else {
#if MOJO_SIMD_VECTOR_EXT
        using E = chunk_elem_t<X>;
        using I = vec_t<std::conditional_t<sizeof(E) == 4, std::uint32_t, std::uint64_t>, int(sizeof(X))>;
        if constexpr (Or) return (X)((I)a | (I)b);
        else return (X)((I)a & (I)b);
#endif
    }
}

// Lane max/min as Mojo's (llvm.maxnum/minnum): a NaN operand loses to a
// number, and -0.0 < +0.0 (max(-0.0, 0.0) == 0.0, min == -0.0, as constant
// folding gives; at run time Mojo returns either zero depending on codegen).
template <class S, class X>
MOJO_SIMD_FN X chunk_max(X a, X b) noexcept {
    if constexpr (std::is_floating_point_v<S>)
        return blend(b != b, a, blend(a == b, equal_lanes_merge<false>(a, b), blend(a > b, a, b)));
    else return blend(a > b, a, b);
}
template <class S, class X>
MOJO_SIMD_FN X chunk_min(X a, X b) noexcept {
    if constexpr (std::is_floating_point_v<S>)
        return blend(b != b, a, blend(a == b, equal_lanes_merge<true>(a, b), blend(a < b, a, b)));
    else return blend(a < b, a, b);
}

template <simd_cmp Op, class S, int N>
MOJO_SIMD_FN SIMD<bool, N> simd_compare(const SIMD<S, N>& a, const SIMD<S, N>& b) noexcept {
    using L = simd_lane_t<S>;
    constexpr int B = block_lanes<N, L, std::int8_t>();
    return SIMD<bool, N>(from_blocks<std::int8_t, N, B>([&](auto j) {
        constexpr int J = decltype(j)::value;
        return chunk_compare<Op, S>(get_block<B, J>(a.s), get_block<B, J>(b.s));
    }));
}

template <simd_cmp Op, class S>
MOJO_SIMD_FN bool scalar_compare(S a, S b) noexcept {
    if constexpr (Op == simd_cmp::eq) return a == b;
    else if constexpr (Op == simd_cmp::ne) {
        if constexpr (std::is_floating_point_v<S>) return a < b || a > b;
        else return a != b;
    } else if constexpr (Op == simd_cmp::lt) return a < b;
    else if constexpr (Op == simd_cmp::le) return a <= b;
    else if constexpr (Op == simd_cmp::gt) return a > b;
    else return a >= b;
}

template <simd_cmp Op, class A, class B>
MOJO_SIMD_FN auto compare_any(const A& a, const B& b) noexcept {
    using T = simd_common_t<A, B>;
    if constexpr (is_simd_v<T>) return simd_compare<Op>(simd_as<T>(a), simd_as<T>(b));
    else return scalar_compare<Op>(simd_as<T>(a), simd_as<T>(b));
}

}  // namespace detail

// ---- masks: v.eq(w) ... v.ge(w) -----------------------------------------------
template <class A, class B>
MOJO_SIMD_FN auto simd_eq(const A& a, const B& b) noexcept {
    return detail::compare_any<detail::simd_cmp::eq>(a, b);
}
template <class A, class B>
MOJO_SIMD_FN auto simd_ne(const A& a, const B& b) noexcept {
    return detail::compare_any<detail::simd_cmp::ne>(a, b);
}
template <class A, class B>
MOJO_SIMD_FN auto simd_lt(const A& a, const B& b) noexcept {
    return detail::compare_any<detail::simd_cmp::lt>(a, b);
}
template <class A, class B>
MOJO_SIMD_FN auto simd_le(const A& a, const B& b) noexcept {
    return detail::compare_any<detail::simd_cmp::le>(a, b);
}
template <class A, class B>
MOJO_SIMD_FN auto simd_gt(const A& a, const B& b) noexcept {
    return detail::compare_any<detail::simd_cmp::gt>(a, b);
}
template <class A, class B>
MOJO_SIMD_FN auto simd_ge(const A& a, const B& b) noexcept {
    return detail::compare_any<detail::simd_cmp::ge>(a, b);
}

// ---- mask.select(a, b) ----------------------------------------------------------
// Lane i is a[i] where m[i] is True, else b[i]. a or b may be a scalar or a
// literal (splat); with a bool mask all three are scalars.
template <int N, class S>
MOJO_SIMD_FN SIMD<S, N> simd_select(const SIMD<bool, N>& m, const SIMD<S, N>& a, const SIMD<S, N>& b) noexcept {
    using L = detail::simd_lane_t<S>;
    constexpr int B = detail::block_lanes<N, L, std::int8_t>();
    return SIMD<S, N>(detail::from_blocks<L, N, B>([&](auto j) {
        constexpr int J = decltype(j)::value;
        auto x = detail::get_block<B, J>(a.s);
        return detail::blend(detail::mask_as_cond<decltype(x)>(detail::get_block<B, J>(m.s)), x,
                             detail::get_block<B, J>(b.s));
    }));
}
template <int N, class A, class B, std::enable_if_t<!(is_simd_v<A> && is_simd_v<B>), int> = 0>
MOJO_SIMD_FN auto simd_select(const SIMD<bool, N>& m, const A& a, const B& b) noexcept {
    using T = detail::simd_common_t<A, B>;
    using S = typename simd_traits<T>::lane_type;
    return simd_select(m, SIMD<S, N>(detail::simd_as<T>(a)), SIMD<S, N>(detail::simd_as<T>(b)));
}
template <class A, class B>
MOJO_SIMD_FN auto simd_select(bool m, const A& a, const B& b) noexcept {
    using T = detail::simd_common_t<A, B>;
    return m ? detail::simd_as<T>(a) : detail::simd_as<T>(b);
}

// ---- min / max / clamp / abs --------------------------------------------------------
template <class A, class B>
MOJO_SIMD_FN auto simd_max(const A& a, const B& b) noexcept {
    using T = detail::simd_common_t<A, B>;
    using S = typename simd_traits<T>::lane_type;
    if constexpr (is_simd_v<T>) {
        return T::zip(detail::simd_as<T>(a), detail::simd_as<T>(b), [](auto x, auto y) { return detail::chunk_max<S>(x, y); });
    } else {
        return detail::chunk_max<S>(detail::simd_as<T>(a), detail::simd_as<T>(b));
    }
}
template <class A, class B>
MOJO_SIMD_FN auto simd_min(const A& a, const B& b) noexcept {
    using T = detail::simd_common_t<A, B>;
    using S = typename simd_traits<T>::lane_type;
    if constexpr (is_simd_v<T>) {
        return T::zip(detail::simd_as<T>(a), detail::simd_as<T>(b), [](auto x, auto y) { return detail::chunk_min<S>(x, y); });
    } else {
        return detail::chunk_min<S>(detail::simd_as<T>(a), detail::simd_as<T>(b));
    }
}
// Mojo's clamp: max(min(x, hi), lo), so a NaN lane becomes hi.
template <class X, class Lo, class Hi>
MOJO_SIMD_FN auto simd_clamp(const X& x, const Lo& lo, const Hi& hi) noexcept {
    using T = detail::simd_common_t<X, detail::simd_common_t<Lo, Hi>>;
    return simd_max(simd_min(detail::simd_as<T>(x), detail::simd_as<T>(hi)), detail::simd_as<T>(lo));
}

template <class T>
MOJO_SIMD_FN T simd_abs(const T& v) noexcept {
    using S = typename simd_traits<T>::lane_type;
    static_assert(!std::is_same_v<S, bool>, "abs needs numeric lanes");
    if constexpr (!is_simd_v<T>) {
        if constexpr (std::is_floating_point_v<S>) return std::fabs(v);
        else return mojo::abs(v);
    } else if constexpr (std::is_floating_point_v<S>) {
#if MOJO_SIMD_VECTOR_EXT
        // Clearing the sign bit is exact and stays in vector registers.
        return T::map(v, [](auto x) {
            using X = decltype(x);
            using I = std::conditional_t<sizeof(S) == 4, std::uint32_t, std::uint64_t>;
            using U = detail::vec_t<I, int(sizeof(X))>;
            return (X)((U)x & ~(I(1) << (sizeof(S) * 8 - 1)));
        });
#else
        return T::map(v, [](auto x) { return std::fabs(x); });
#endif
    } else if constexpr (std::is_signed_v<detail::simd_lane_t<S>>) {
        return T::map(v, [](auto x) {
            using X = decltype(x);
            return detail::blend(x < X{}, detail::wrap_neg(x), x);
        });
    } else {
        return v;
    }
}

// ---- any / all (Mojo's any(v), all(v); also Bool(v) == any(v)) ---------------------
// A lane counts when it is True / nonzero (ordered: a NaN lane is not nonzero).
template <class T>
MOJO_SIMD_FN bool simd_any(const T& v) noexcept {
    using S = typename simd_traits<T>::lane_type;
    if constexpr (is_simd_v<T>) {
        bool any = false;
        for (int k = 0; k < T::chunks; ++k) any = any || detail::any_lane_set(detail::chunk_nonzero<S>(v.s.c[k]));
        return any;
    } else {
        return detail::scalar_compare<detail::simd_cmp::ne>(v, S{});
    }
}
template <class T>
MOJO_SIMD_FN bool simd_all(const T& v) noexcept {
    using S = typename simd_traits<T>::lane_type;
    if constexpr (is_simd_v<T>) {
        bool all = true;
        for (int k = 0; k < T::chunks; ++k) all = all && detail::all_lanes_set(detail::chunk_nonzero<S>(v.s.c[k]));
        return all;
    } else {
        return detail::scalar_compare<detail::simd_cmp::ne>(v, S{});
    }
}

// ---- the builtin names on SIMD values (scalars keep arith.hpp's) -------------------
template <class A, class B, std::enable_if_t<detail::any_simd_v<A, B>, int> = 0>
MOJO_SIMD_FN auto max(const A& a, const B& b) noexcept {
    return simd_max(a, b);
}
template <class A, class B, std::enable_if_t<detail::any_simd_v<A, B>, int> = 0>
MOJO_SIMD_FN auto min(const A& a, const B& b) noexcept {
    return simd_min(a, b);
}
template <class S, int N>
MOJO_SIMD_FN SIMD<S, N> abs(const SIMD<S, N>& v) noexcept {
    return simd_abs(v);
}

}  // namespace mojo
