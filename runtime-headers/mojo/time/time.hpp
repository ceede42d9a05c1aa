// mojo/time/time.hpp -- Mojo's `time` module: perf_counter_ns, perf_counter,
// monotonic, sleep. Host only (POSIX clocks).
//
// As in Mojo, all three counters read CLOCK_MONOTONIC (it includes time spent
// asleep; the zero point is arbitrary, only differences mean anything).
#pragma once

#include <cmath>
#include <cstdint>
#include <ctime>

#include <unistd.h>

#include "mojo/builtin/integer.hpp"

namespace mojo::time {

namespace detail {
inline std::int64_t monotonic_ns() noexcept {
    struct timespec ts;
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1000000000 + static_cast<std::int64_t>(ts.tv_nsec);
}
}  // namespace detail

// Nanoseconds (Mojo 1.2 returns Int).
inline Int perf_counter_ns() noexcept { return Int(detail::monotonic_ns()); }
inline Int monotonic() noexcept { return Int(detail::monotonic_ns()); }
// Seconds, as a Float64: Float64(ns) / 1e9.
inline double perf_counter() noexcept { return static_cast<double>(detail::monotonic_ns()) / 1e9; }

// sleep(sec: Float64): values <= 0 return at once (NaN too, chosen: Mojo's
// conversion of NaN is undefined); otherwise nanosleep(floor(sec) s +
// fraction ns), restarted if a signal interrupts it.
inline void sleep(double sec) noexcept {
    if (!(sec > 0.0)) return;
    const double whole = std::floor(sec);
    struct timespec req;
    req.tv_sec = whole >= 9.2e18 ? static_cast<time_t>(INT64_MAX) : static_cast<time_t>(whole);
    req.tv_nsec = static_cast<long>((sec - whole) * 1e9);
    struct timespec rem;
    while (::nanosleep(&req, &rem) != 0) req = rem;
}
// sleep(sec: Int): whole seconds; <= 0 returns at once.
inline void sleep(Int sec) noexcept {
    if (sec.value <= 0) return;
    sleep(static_cast<double>(sec.value));
}

}  // namespace mojo::time
