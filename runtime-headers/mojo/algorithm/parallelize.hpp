// mojo/algorithm/parallelize.hpp -- Mojo's parallelize and sync_parallelize:
// func(i) for every i in [0, num_work_items), spread over the worker threads,
// returning when all calls are done.  Host only.
//
// Spellings (checked):
//   Mojo 1.2:   `from max.algorithm import parallelize, sync_parallelize` (they
//               left std.algorithm for the MAX package in 26.x); the closure is
//               an ARGUMENT: parallelize(func, n), parallelize(func, n, workers),
//               sync_parallelize(func, n); `def func(i: Int) {...}: ...`.
//   Mojo 0.25.6: `from algorithm import parallelize, sync_parallelize`; the
//               closure is a PARAMETER: parallelize[func](n),
//               parallelize[func](n, workers), sync_parallelize[func](n).
//   C++ (both): mojo::algorithm::parallelize(func, n[, workers]),
//               mojo::algorithm::sync_parallelize(func, n).
//
// Mojo's distribution, reproduced here: parallelize splits the items into
// `num_workers` tasks (default parallelism_level(), the runtime's thread count)
// of consecutive items: with q, r = divmod(n, workers), task t runs items
// [t*q + min(t, r), ...) -- q + 1 of them when t < r, else q -- in increasing
// order.  sync_parallelize(func, n) runs n tasks func(0)..func(n-1).  One task
// runs inline on the calling thread, so parallelize(func, n, 1) is a plain
// ordered loop (Mojo prints `seq 0 .. seq 4` in order).  n <= 0 or
// num_workers <= 0 does nothing.  Tasks run on the persistent pinned workers
// of worker_pool.hpp (OpenMP under -fopenmp, else std::thread).
//
// A closure may return mojo::Raises<void> (Mojo's sync_parallelize accepts a
// raising closure): an error aborts the program with `ABORT: <message>` on
// stdout, as Mojo does (Mojo also prints a source location).
#pragma once

#include "mojo/config.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <type_traits>
#include <utility>

#include "mojo/algorithm/worker_pool.hpp"
#include "mojo/builtin/integer.hpp"
#include "mojo/builtin/print.hpp"
#include "mojo/builtin/raises.hpp"

namespace mojo::detail {

[[noreturn]] inline void parallel_task_abort(std::string_view msg) {
    stdout_buffer.write_bytes("ABORT: ", 7);
    stdout_buffer.write_bytes(msg.data(), msg.size());
    stdout_buffer.write_bytes("\n", 1);
    flush_stdout();
    std::abort();
}

// func(i), aborting if a raising closure raised.
template <class F>
MOJO_ALWAYS_INLINE void call_work_item(F& func, std::int64_t i) {
    using R = decltype(func(Int(i)));
    if constexpr (std::is_void_v<R>) {
        func(Int(i));
    } else {
        R r = func(Int(i));
        if (r.has_error()) parallel_task_abort(r.error().message());
    }
}

}  // namespace mojo::detail

namespace mojo::algorithm {

// std.runtime.parallelism_level(): how many worker threads parallel calls use.
inline Int parallelism_level() { return Int(mojo::detail::pool_size()); }

// sync_parallelize(func, n): func(0) .. func(n-1) as parallel tasks.
template <class F>
inline void sync_parallelize(F&& func, Int num_work_items) {
    const std::int64_t n = num_work_items.value;
    if (n <= 0) return;
    if (n == 1) {
        mojo::detail::call_work_item(func, 0);
        return;
    }
    auto task = [&](std::int64_t i) { mojo::detail::call_work_item(func, i); };
    mojo::detail::run_tasks(n, task);
}

// parallelize(func, n, num_workers): n items in num_workers tasks of
// consecutive items (see above).
template <class F>
inline void parallelize(F&& func, Int num_work_items, Int num_workers) {
    const std::int64_t n = num_work_items.value, w = num_workers.value;
    if (n <= 0 || w <= 0) return;
    const std::int64_t chunk = n / w, extra = n % w;
    auto task = [&](std::int64_t t) {
        const std::int64_t start = t * chunk + (t < extra ? t : extra);
        const std::int64_t count = chunk + (t < extra ? 1 : 0);
        for (std::int64_t i = start; i < start + count; ++i) mojo::detail::call_work_item(func, i);
    };
    if (w == 1) {
        task(0);
        return;
    }
    mojo::detail::run_tasks(w, task);
}

// parallelize(func, n): as many tasks as parallelism_level().
template <class F>
inline void parallelize(F&& func, Int num_work_items) {
    parallelize(func, num_work_items, parallelism_level());
}

}  // namespace mojo::algorithm
