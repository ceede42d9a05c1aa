"""Mojo's `benchmark` module (Mojo 1.2 API, checked with the compiler), bound
to `runtime-headers/mojo/benchmark/{compiler,benchmark}.hpp`.

In Mojo 1.2 `run` takes the function as an argument (the older
`run[func]()` parameter form is gone):
    var report = run(work, max_runtime_secs=0.2)
    report.print()            # Mojo's layout, unit "s"
    print(report.mean(Unit.ms))
The batching (warm-up, batch sizes, "significant" last-10% batches) is
Mojo's, so `iters()`/`mean()` behave alike; the times are of course this
program's.

`keep(x)` / `black_box(x)` / `clobber_memory()` are optimization barriers.
Mojo's keep/black_box take `ref` arguments (black_box returns the same
reference; the `black_box(take=x)` form moves); declared here by value.

Not declared: `Bench`, `Bencher`, `BenchConfig`, `BenchId`, `ThroughputMeasure`
(the `Bench` framework), `Report.percentile`, `Batch`.
"""

@__cpp("mojo::benchmark::keep", include="mojo/benchmark/compiler.hpp")
def keep[T: AnyType, //](value: T): ...

@__cpp("mojo::benchmark::black_box", include="mojo/benchmark/compiler.hpp")
def black_box[T: Copyable, //](value: T) -> T: ...

@__cpp("mojo::benchmark::clobber_memory", include="mojo/benchmark/compiler.hpp")
def clobber_memory(): ...

# Unit.ns / us / ms / s are the unit strings Report accepts (anything else is seconds).
struct Unit:
    comptime ns = "ns"
    comptime us = "us"
    comptime ms = "ms"
    comptime s = "s"

@__cpp("mojo::benchmark::Report", include="mojo/benchmark/benchmark.hpp")
struct Report(Copyable):
    def __init__(out self): ...
    def iters(self) -> Int: ...
    def duration(self, unit: String = "s") -> Float64: ...
    def mean(self, unit: String = "s") -> Float64: ...
    def min(self, unit: String = "s") -> Float64: ...
    def max(self, unit: String = "s") -> Float64: ...
    def as_string(self, unit: String = "s") -> String: ...
    def print(self, unit: String = "s"): ...
    def print_full(self, unit: String = "s"): ...

# The function is called as f() (a raising f's error propagates out of run).
@__cpp("mojo::benchmark::run", include="mojo/benchmark/benchmark.hpp")
def run[T: def() raises -> None](f: T, num_warmup_iters: Int = 1, max_iters: Int = 1_000_000_000, min_runtime_secs: Float64 = 0.1, max_runtime_secs: Float64 = 60, max_batch_size: Int = 0) raises -> Report: ...
