// mojo/algorithm/map.hpp -- Mojo's map: func(i) for i = 0, 1, ..., size - 1, in
// order, on the calling thread.
//
//   Mojo 1.2:    map(size, func)      (`from std.algorithm import map`)
//   Mojo 0.25.6: map[func](size)      (`from algorithm import map`)
//   C++:         mojo::algorithm::map(func, size)   (what sema emits: the closure first)
//                or mojo::algorithm::map(size, func)  (Mojo 1.2's argument order)
#pragma once

#include "mojo/config.hpp"

#include <cstdint>

#include "mojo/builtin/integer.hpp"

namespace mojo::algorithm {

template <class F>
MOJO_HOST_DEVICE inline void map(Int size, F&& func) {
    for (std::int64_t i = 0; i < size.value; ++i) func(Int(i));
}
template <class F>
MOJO_HOST_DEVICE inline void map(F&& func, Int size) {
    for (std::int64_t i = 0; i < size.value; ++i) func(Int(i));
}

}  // namespace mojo::algorithm
