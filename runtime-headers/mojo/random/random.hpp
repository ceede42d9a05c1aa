// mojo/random/random.hpp -- Mojo's `random` module: seed, random_float64,
// random_si64, random_ui64, randn_float64, shuffle. Host only.
//
// One process-wide generator (xoshiro256**, seeded through splitmix64). As in
// Mojo the sequence is the same on every run until seed() is called with no
// argument, and seed(a) makes it reproducible; the numbers themselves differ
// from Mojo's (its generator lives in the closed-source runtime).
#pragma once

#include <cmath>
#include <cstdint>
#include <ctime>
#include <utility>

#include "mojo/builtin/integer.hpp"

namespace mojo::random {

namespace detail {

struct Xoshiro256 {
    std::uint64_t s[4];

    static std::uint64_t splitmix(std::uint64_t& x) noexcept {
        std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    void seed(std::uint64_t v) noexcept {
        for (auto& w : s) w = splitmix(v);
    }
    static std::uint64_t rotl(std::uint64_t x, int k) noexcept { return (x << k) | (x >> (64 - k)); }
    std::uint64_t next() noexcept {
        const std::uint64_t r = rotl(s[1] * 5, 7) * 9;
        const std::uint64_t t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = rotl(s[3], 45);
        return r;
    }
};

// The generator, seeded with 0 until seed() is called (deterministic, as Mojo).
inline Xoshiro256& state() noexcept {
    static Xoshiro256 g = [] {
        Xoshiro256 x{};
        x.seed(0);
        return x;
    }();
    return g;
}

// Uniform in [0, 1) with 53 random bits.
inline double uniform01() noexcept { return static_cast<double>(state().next() >> 11) * 0x1.0p-53; }

// Uniform in [0, span] (inclusive), without modulo bias; span == 2^64 - 1 is
// the whole range.
inline std::uint64_t uniform_upto(std::uint64_t span) noexcept {
    if (span == ~std::uint64_t(0)) return state().next();
    const std::uint64_t n = span + 1;
    const std::uint64_t limit = ~std::uint64_t(0) - (~std::uint64_t(0) % n);  // multiple of n
    std::uint64_t v;
    do v = state().next();
    while (v >= limit);
    return v % n;
}

}  // namespace detail

// seed(): from the clock (a different sequence each run); seed(a): reproducible.
inline void seed() noexcept {
    struct timespec ts;
    ::clock_gettime(CLOCK_REALTIME, &ts);
    detail::state().seed(static_cast<std::uint64_t>(ts.tv_sec) * 1000000000ULL + static_cast<std::uint64_t>(ts.tv_nsec));
}
inline void seed(Int a) noexcept { detail::state().seed(static_cast<std::uint64_t>(a.value)); }

// random_float64(min=0, max=1): min + (max - min) * u, u uniform in [0, 1)
// (so min > max works backwards, as in Mojo: random_float64(3.0, 1.0) is in (1, 3]).
inline double random_float64(double min = 0.0, double max = 1.0) noexcept {
    return min + (max - min) * detail::uniform01();
}

// random_si64(min, max) / random_ui64(min, max): uniform over [min, max], both
// ends included; max < min gives min (Mojo: random_si64(5, 3) == 5).
inline Int64 random_si64(Int64 min, Int64 max) noexcept {
    if (max.value <= min.value) return min;
    const std::uint64_t span = static_cast<std::uint64_t>(max.value) - static_cast<std::uint64_t>(min.value);
    return Int64(static_cast<std::int64_t>(static_cast<std::uint64_t>(min.value) + detail::uniform_upto(span)));
}
inline UInt64 random_ui64(UInt64 min, UInt64 max) noexcept {
    if (max.value <= min.value) return min;
    return UInt64(min.value + detail::uniform_upto(max.value - min.value));
}

// randn_float64(mean=0, standard_deviation=1): normal, by Box-Muller.
inline double randn_float64(double mean = 0.0, double standard_deviation = 1.0) noexcept {
    const double u1 = 1.0 - detail::uniform01();  // (0, 1]: log is finite
    const double u2 = detail::uniform01();
    return mean + standard_deviation * std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
}

// shuffle(list): Fisher-Yates in place, on any list with m__len__() and
// m__getitem__(Int) returning a reference (mojo::List<T>). Elements are
// exchanged with std::swap (their C++ moves).
template <class L>
inline void shuffle(L& list) {
    const std::int64_t n = list.m__len__().value;
    for (std::int64_t i = n - 1; i > 0; --i) {
        const std::int64_t j = static_cast<std::int64_t>(detail::uniform_upto(static_cast<std::uint64_t>(i)));
        if (j != i) {
            using std::swap;
            swap(list.m__getitem__(Int(i)), list.m__getitem__(Int(j)));
        }
    }
}

}  // namespace mojo::random
