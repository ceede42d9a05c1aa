// mojo/algorithm/elementwise.hpp -- Mojo's elementwise over a 1-D shape:
// func[width](i) covering [0, size), vectorized and split over the workers.
// Host only.
//
//   Mojo 1.2:    `from max.algorithm import elementwise` (MAX package);
//                elementwise[func, W](size, ctx) with ctx = DeviceContext(api="cpu")
//                and `def func[width: Int, alignment: Int = 1](idx: Coord)`.
//   Mojo 0.25.6: `from algorithm import elementwise`; elementwise[func, W](size)
//                with `fn func[width: Int, rank: Int, alignment: Int = 1](idx: IndexList[rank])`.
//   C++:         mojo::algorithm::elementwise<W>(size, body_w, body_1)
//                (body_w(i) is func[W] at index i, body_1(i) is func[1]; the
//                emitter wraps the Int offset into the index type the closure expects).
//
// Mojo's schedule (checked with both: the width-1 calls of sizes 65539, 32771
// and 100003 on 2 cores): workers = max(1, min(parallelism_level(),
// ceildiv(size, 32768))), chunk = ceildiv(size, workers), and each worker
// runs vectorize[W] over its chunk [t*chunk, min((t+1)*chunk, size)), so
// every chunk has its own width-1 tail (65539 on 2 workers: tails at 32768,
// 32769 and 65538).  Chunks run concurrently; within a chunk calls are in
// increasing order.  Below 32769 elements everything runs on the calling
// thread in vectorize's order.
#pragma once

#include "mojo/config.hpp"

#include <cstdint>

#include "mojo/algorithm/vectorize.hpp"
#include "mojo/algorithm/worker_pool.hpp"
#include "mojo/builtin/integer.hpp"

namespace mojo::algorithm {

// Mojo's grain: at least this many elements per worker (_get_num_workers).
inline constexpr std::int64_t kElementwiseGrain = 32768;

template <int W, class FW, class F1>
inline void elementwise(Int size, FW&& body_w, F1&& body_1) {
    const std::int64_t n = size.value;
    if (n <= 0) return;
    std::int64_t workers = (n + kElementwiseGrain - 1) / kElementwiseGrain;
    const std::int64_t level = mojo::detail::pool_size();
    if (workers > level) workers = level;
    if (workers < 1) workers = 1;
    const std::int64_t chunk = (n + workers - 1) / workers;
    auto task = [&](std::int64_t t) {
        const std::int64_t start = t * chunk;
        const std::int64_t stop = start + chunk < n ? start + chunk : n;
        if (stop <= start) return;
        vectorize<W>(
            Int(stop - start), [&](Int i) { body_w(Int(start + i.value)); },
            [&](Int i) { body_1(Int(start + i.value)); });
    };
    if (workers == 1) {
        task(0);
        return;
    }
    mojo::detail::run_tasks(workers, task);
}

}  // namespace mojo::algorithm
