// mojo/algorithm/tile.hpp -- Mojo's tile: cover [offset, upperbound) with
// tiles, trying each tile size in the listed order until the remaining work no
// longer fits one.  A width-parametric workgroup function is monomorphized by
// mojoc into one callable per tile size; these functions take them in the
// order of the sizes.  Sequences checked with Mojo 1.2 and 0.25.6 (traces in
// tests/pending/NOTES-algorithm-from-real-mojo.md).
//
//   static sizes   1.2:  tile[[8, 4, 1]](offset, upperbound, f)         f[width](i)
//                  0.25: tile[f, VariadicList[Int](8, 4, 1)](offset, upperbound)
//                  C++:  tile<8, 4, 1>(offset, upperbound, f8, f4, f1)
//     for each size s in order: while i <= upperbound - s: f[s](i); i += s.
//     Whatever is left after the last size is NOT processed ([4, 2] over
//     1..12 calls f[4](1), f[4](5), f[2](9) and leaves 11).
//   dynamic sizes  1.2:  tile(offset, upperbound, 8, 3, workgroup_function=f)   f(i, size)
//                  0.25: tile[f](offset, upperbound, VariadicList[Int](8, 3))
//                  C++:  tile_dynamic(offset, upperbound, {8, 3}, f)
//     as above, then one f(i, upperbound - i) for any remainder.
//   primary/secondary 1.2: tile[[4, 2], 1](offset, upperbound, 8, 4,
//                         primary_cleanup_tile=3, workgroup_function=f)     f[secondary](i, primary)
//                  C++:  tile_binary<1, 4, 2>(offset, upperbound, {8, 4}, 3, f4, f2, f1)
//     for k: while i <= upperbound - primary[k]: f[secondary[k]](i, primary[k]);
//     i += primary[k]; then f[cleanup](i, primary_cleanup) once if i < upperbound.
//   2-D            1.2:  tile[[4, 1], [2, 1]](ox, oy, ux, uy, f)          f[tx, ty](x, y)
//                  0.25: tile[f, VariadicList[Int](4, 1), VariadicList[Int](2, 1)](ox, oy, ux, uy)
//                  C++:  tile_2d<tile_sizes<4, 1>, tile_sizes<2, 1>>(ox, oy, ux, uy, f_4_2, f_1_2, f_4_1, f_1_1)
//     rows of y tiles (each y size in order), and in each row the x sizes in
//     order; the callables are ordered y-major: (x0,y0), (x1,y0), ..., (x0,y1), ...
#pragma once

#include "mojo/config.hpp"

#include <cstdint>
#include <initializer_list>
#include <tuple>
#include <utility>

#include "mojo/builtin/integer.hpp"

namespace mojo::algorithm {

template <int... Sizes>
struct tile_sizes {};

// tile[[S...]](offset, upperbound, f): bodies[k] is f[S_k].
template <int... Sizes, class... F>
MOJO_HOST_DEVICE inline void tile(Int offset, Int upperbound, F&&... bodies) {
    static_assert(sizeof...(Sizes) == sizeof...(F), "tile: one workgroup callable per tile size");
    std::int64_t i = offset.value;
    const std::int64_t ub = upperbound.value;
    auto run = [&](std::int64_t size, auto& body) {
        while (i <= ub - size) {
            body(Int(i));
            i += size;
        }
    };
    (run(std::int64_t(Sizes), bodies), ...);
}

// tile(offset, upperbound, *sizes, workgroup_function=f): f(i, size).
template <class Sizes, class F>
MOJO_HOST_DEVICE inline void tile_dynamic(Int offset, Int upperbound, const Sizes& sizes, F&& body) {
    std::int64_t i = offset.value;
    const std::int64_t ub = upperbound.value;
    for (const auto& s : sizes) {
        const std::int64_t size = Int(s).value;
        while (i <= ub - size) {
            body(Int(i), Int(size));
            i += size;
        }
    }
    if (i < ub) body(Int(i), Int(ub - i));
}
template <class F>
MOJO_HOST_DEVICE inline void tile_dynamic(Int offset, Int upperbound, std::initializer_list<Int> sizes, F&& body) {
    tile_dynamic<std::initializer_list<Int>>(offset, upperbound, sizes, body);
}

// tile[[S...], Cleanup](offset, upperbound, *primary, primary_cleanup_tile=pc,
// workgroup_function=f): bodies are f[S_0], ..., f[S_k-1], then f[Cleanup];
// `primary` points at the k primary (dynamic) tile sizes.
template <int Cleanup, int... Secondary, class... F>
MOJO_HOST_DEVICE inline void tile_binary(Int offset, Int upperbound, const Int* primary, Int primary_cleanup,
                                         F&&... bodies) {
    static_assert(sizeof...(F) == sizeof...(Secondary) + 1,
                  "tile_binary: one callable per secondary size, then one for the cleanup tile");
    std::int64_t i = offset.value;
    const std::int64_t ub = upperbound.value;
    auto all = std::forward_as_tuple(bodies...);
    [&]<std::size_t... K>(std::index_sequence<K...>) {
        auto run = [&](std::int64_t size, auto& body) {
            while (i <= ub - size) {
                body(Int(i), Int(size));
                i += size;
            }
        };
        (run(primary[K].value, std::get<K>(all)), ...);
    }(std::make_index_sequence<sizeof...(Secondary)>{});
    if (i < ub) std::get<sizeof...(Secondary)>(all)(Int(i), primary_cleanup);
}
template <int Cleanup, int... Secondary, class... F>
MOJO_HOST_DEVICE inline void tile_binary(Int offset, Int upperbound, std::initializer_list<Int> primary,
                                         Int primary_cleanup, F&&... bodies) {
    tile_binary<Cleanup, Secondary...>(offset, upperbound, primary.begin(), primary_cleanup, bodies...);
}

namespace detail_tile2d {
template <class Xs, class Ys>
struct shape;
template <int... X, int... Y>
struct shape<tile_sizes<X...>, tile_sizes<Y...>> {
    static constexpr int xs[] = {X...};
    static constexpr int ys[] = {Y...};
    static constexpr std::size_t nx = sizeof...(X), ny = sizeof...(Y);
};
}  // namespace detail_tile2d

// tile[[X...], [Y...]](ox, oy, ux, uy, f): bodies[iy * nx + ix] is f[X_ix, Y_iy].
template <class Xs, class Ys, class... F>
MOJO_HOST_DEVICE inline void tile_2d(Int offset_x, Int offset_y, Int upperbound_x, Int upperbound_y, F&&... bodies) {
    using S = detail_tile2d::shape<Xs, Ys>;
    static_assert(sizeof...(F) == S::nx * S::ny, "tile_2d: one callable per (x size, y size) pair, y-major");
    auto all = std::forward_as_tuple(bodies...);
    std::int64_t y = offset_y.value;
    [&]<std::size_t... IY>(std::index_sequence<IY...>) {
        auto row_size = [&]<std::size_t iy>(std::integral_constant<std::size_t, iy>) {
            constexpr std::int64_t ty = S::ys[iy];
            while (y <= upperbound_y.value - ty) {
                std::int64_t x = offset_x.value;
                [&]<std::size_t... IX>(std::index_sequence<IX...>) {
                    auto col_size = [&]<std::size_t ix>(std::integral_constant<std::size_t, ix>) {
                        constexpr std::int64_t tx = S::xs[ix];
                        while (x <= upperbound_x.value - tx) {
                            std::get<iy * S::nx + ix>(all)(Int(x), Int(y));
                            x += tx;
                        }
                    };
                    (col_size(std::integral_constant<std::size_t, IX>{}), ...);
                }(std::make_index_sequence<S::nx>{});
                y += ty;
            }
        };
        (row_size(std::integral_constant<std::size_t, IY>{}), ...);
    }(std::make_index_sequence<S::ny>{});
}

}  // namespace mojo::algorithm

namespace mojo::algorithm {

// tile(offset, upperbound, 8, 3, workgroup_function=f) as mojoc emits it: the
// sizes follow the function (no braced list in a generated call).
template <class F, class... S>
MOJO_HOST_DEVICE inline void tile_dynamic_sizes(Int offset, Int upperbound, F&& body, S... sizes) {
    tile_dynamic(offset, upperbound, {Int(sizes)...}, static_cast<F&&>(body));
}

}  // namespace mojo::algorithm
