// mojo/simd/write.hpp -- the text of a SIMD value: print(v) / String(v) give
// `[1.0, 2.0, 3.0, 4.0]`, repr(v) gives `SIMD[DType.float32, 4](1.0, 2.0, 3.0, 4.0)`.
// Each lane is written exactly as the scalar of its type prints (Float32 with
// its own shortest digits, bools as True/False), by the same detail::write_value
// that print uses, so a lane and the scalar can never print differently.
// Host only. Checked against Mojo 1.2 and 0.25.6 (identical for SIMD).
#pragma once

#include "mojo/config.hpp"

#include <string_view>
#include <type_traits>

#include "mojo/builtin/integer.hpp"
#include "mojo/detail/write.hpp"

namespace mojo::detail {

// Mojo's DType name of a lane type, as repr writes it after `DType.`.
// Int/UInt are DType.int/DType.uint (Mojo 1.2 and 0.25.6 both print `int`
// for DType.index).
template <class S>
constexpr std::string_view simd_dtype_name() noexcept {
    if constexpr (std::is_same_v<S, bool>) {
        return "bool";
    } else if constexpr (std::is_same_v<S, float>) {
        return "float32";
    } else if constexpr (std::is_same_v<S, double>) {
        return "float64";
    } else {
        using T = typename S::raw_type;
        if constexpr (std::is_same_v<S, Integer<T, true>>) {
            return std::is_signed_v<T> ? "int" : "uint";
        } else if constexpr (std::is_signed_v<T>) {
            return sizeof(T) == 1 ? "int8" : sizeof(T) == 2 ? "int16" : sizeof(T) == 4 ? "int32" : "int64";
        } else {
            return sizeof(T) == 1 ? "uint8" : sizeof(T) == 2 ? "uint16" : sizeof(T) == 4 ? "uint32" : "uint64";
        }
    }
}

template <class W>
inline void simd_write_text(W& w, std::string_view s) {
    w.write_bytes(s.data(), s.size());
}

// `[a, b, ...]` (str) or `SIMD[DType.x, N](a, b, ...)` (repr). V is a
// mojo::SIMD; its lanes are read with get().
template <class W, class V>
inline void write_simd(W& w, const V& v, bool repr) {
    using S = typename V::lane_type;
    if (repr) {
        simd_write_text(w, "SIMD[DType.");
        simd_write_text(w, simd_dtype_name<S>());
        simd_write_text(w, ", ");
        write_value(w, V::size);
        simd_write_text(w, "](");
    } else {
        simd_write_text(w, "[");
    }
    for (int i = 0; i < V::size; ++i) {
        if (i != 0) simd_write_text(w, ", ");
        write_value(w, v.get(i));
    }
    simd_write_text(w, repr ? ")" : "]");
}

}  // namespace mojo::detail
