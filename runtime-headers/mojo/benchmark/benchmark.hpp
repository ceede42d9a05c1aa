// mojo/benchmark/benchmark.hpp -- benchmark.run(f) and its Report, as Mojo 1.2
// (`run[T: def() raises -> None](f: T, num_warmup_iters=1,
// max_iters=1_000_000_000, min_runtime_secs=0.1, max_runtime_secs=60,
// max_batch_size=0) raises -> Report`). Host only.
//
// The batching is Mojo's: after the warm-up, each batch runs n calls with
// n = 1.2 * min_runtime * prev_iters / prev_duration, capped at 10x the last
// batch and at least one more than it, until min_runtime has elapsed and then
// max_runtime or max_iters is reached; only the batches in the last 10% count
// ("significant"). Report.print() writes Mojo's layout:
//   80 dashes / "Benchmark Report (s)" / 80 dashes / Mean / Total / Iters /
//   Warmup Total / Fastest Mean / Slowest Mean / blank line.
#pragma once

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "mojo/benchmark/compiler.hpp"
#include "mojo/builtin/error.hpp"
#include "mojo/builtin/integer.hpp"
#include "mojo/builtin/print.hpp"
#include "mojo/builtin/raises.hpp"
#include "mojo/builtin/string.hpp"
#include "mojo/time/time.hpp"

namespace mojo::benchmark {

namespace detail {
// Nanoseconds per unit: "ns" 1, "us" 1e3, "ms" 1e6, anything else 1e9 (seconds).
inline std::int64_t divisor(const String& unit) {
    const std::string& u = unit.str();
    if (u == "ns") return 1;
    if (u == "us") return 1000;
    if (u == "ms") return 1000000;
    return 1000000000;
}
}  // namespace detail

struct Batch {
    std::int64_t duration = 0;  // ns
    std::int64_t iterations = 0;
    bool is_significant = false;
    double mean(const String& unit = String("s")) const {
        return static_cast<double>(duration) / static_cast<double>(iterations) /
               static_cast<double>(detail::divisor(unit));
    }
};

struct Report {
    std::int64_t warmup_duration = 0;
    std::vector<Batch> runs;

    static Report m__init__() { return Report(); }

    Int iters() const {
        std::int64_t n = 0;
        for (const Batch& b : runs)
            if (b.is_significant) n += b.iterations;
        return Int(n);
    }
    double duration(const String& unit = String("s")) const {
        std::int64_t d = 0;
        for (const Batch& b : runs)
            if (b.is_significant) d += b.duration;
        return static_cast<double>(d) / static_cast<double>(detail::divisor(unit));
    }
    double mean(const String& unit = String("s")) const {
        return duration(unit) / static_cast<double>(iters().value);
    }
    double min(const String& unit = String("s")) const {
        if (runs.empty()) return 0.0;
        double m = std::numeric_limits<double>::max();
        for (const Batch& b : runs)
            if (b.is_significant && b.mean(unit) < m) m = b.mean(unit);
        return m;
    }
    double max(const String& unit = String("s")) const {
        if (runs.empty()) return 0.0;
        double m = std::numeric_limits<double>::lowest();
        for (const Batch& b : runs)
            if (b.is_significant && b.mean(unit) > m) m = b.mean(unit);
        return m;
    }
    String as_string(const String& unit = String("s")) const {
        const std::string dashes(80, '-');
        std::string s = dashes + "\nBenchmark Report (" + unit.str() + ")\n" + dashes + "\n";
        s += "Mean: " + String(mean(unit)).str() + "\n";
        s += "Total: " + String(duration(unit)).str() + "\n";
        s += "Iters: " + String(iters()).str() + "\n";
        s += "Warmup Total: " +
             String(static_cast<double>(warmup_duration) / static_cast<double>(detail::divisor(unit))).str() + "\n";
        s += "Fastest Mean: " + String(min(unit)).str() + "\n";
        s += "Slowest Mean: " + String(max(unit)).str() + "\n";
        return String(std::move(s));
    }
    void print(const String& unit = String("s")) const { mojo::print(as_string(unit)); }
    void print_full(const String& unit = String("s")) const {
        const double div = static_cast<double>(detail::divisor(unit));
        print(unit);
        for (std::size_t i = 0; i < runs.size(); ++i) {
            mojo::print("Batch:", Int(static_cast<std::int64_t>(i + 1)));
            mojo::print("Iterations:", Int(runs[i].iterations));
            mojo::print("Mean:", runs[i].mean(unit));
            mojo::print("Duration:", static_cast<double>(runs[i].duration) / div);
            mojo::print();
        }
    }
};

namespace detail {
// Calls f once; f returns void or a Raises<...>.
template <class F>
inline Raises<void> call_once(F& f) {
    using R = std::decay_t<decltype(f())>;
    if constexpr (std::is_void_v<R>) {
        f();
        return {};
    } else {
        R r = f();
        if (r.has_error()) return std::move(r).take_error();
        return {};
    }
}
// Nanoseconds for n calls (time_function over a loop, as Mojo).
template <class F>
inline Raises<std::int64_t> time_n(F& f, std::int64_t n) {
    const std::int64_t tic = mojo::time::perf_counter_ns().value;
    for (std::int64_t i = 0; i < n; ++i) MOJO_TRY(call_once(f));
    return mojo::time::perf_counter_ns().value - tic;
}
}  // namespace detail

template <class F>
inline Raises<Report> run(F&& f, Int num_warmup_iters = Int(1), Int max_iters = Int(1000000000),
                          double min_runtime_secs = 0.1, double max_runtime_secs = 60.0,
                          Int max_batch_size = Int(0)) {
    Report report;
    std::int64_t prev_dur = 0, prev_iters = 0;
    if (num_warmup_iters.value != 0) {
        prev_dur += MOJO_TRY(detail::time_n(f, num_warmup_iters.value));
        prev_iters += num_warmup_iters.value;
        report.warmup_duration += prev_dur;
    }
    std::int64_t total_iters = 0, time_elapsed = 0;
    const std::int64_t min_time_ns = static_cast<std::int64_t>(min_runtime_secs * 1000000000);
    const std::int64_t max_time_ns = static_cast<std::int64_t>(max_runtime_secs * 1000000000);
    if (max_time_ns <= min_time_ns)
        return Error("max_runtime_secs should be strictly greater than min_runtime_secs");
    while (time_elapsed < max_time_ns) {
        double n = static_cast<double>(max_batch_size.value);
        if (max_batch_size.value == 0) {
            if (prev_dur > 0) {
                n = static_cast<double>(max_iters.value);
                if (min_time_ns > 0)
                    n = 1.2 * static_cast<double>(min_time_ns) * static_cast<double>(prev_iters) /
                        static_cast<double>(prev_dur);
            }
            n = std::min(n, static_cast<double>(10 * prev_iters));
            n = std::max(n, static_cast<double>(prev_iters + 1));
            n = std::min(n, 1.0e9);
            if (total_iters == 0) n = std::min(n, static_cast<double>(max_iters.value));
        }
        const std::int64_t ni = static_cast<std::int64_t>(n);
        if (time_elapsed >= min_time_ns && total_iters + ni > max_iters.value) break;
        prev_dur = MOJO_TRY(detail::time_n(f, ni));
        prev_iters = ni;
        report.runs.push_back(Batch{prev_dur, prev_iters, false});
        total_iters += prev_iters;
        time_elapsed += prev_dur;
    }
    const std::size_t nb = report.runs.size();
    for (std::size_t i = 0; i < nb; ++i) {
        Batch& b = report.runs[i];
        b.is_significant = (max_batch_size.value != 0 && b.iterations >= max_batch_size.value) ||
                           static_cast<double>(i + 1) > 0.9 * static_cast<double>(nb);
    }
    return report;
}

}  // namespace mojo::benchmark
