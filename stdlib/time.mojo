"""Mojo's `time` module (Mojo 1.2 signatures, checked with the compiler).

perf_counter_ns(), monotonic() -> Int nanoseconds and perf_counter() -> Float64
seconds all read CLOCK_MONOTONIC, as in Mojo. `sleep` takes Float64 or Int
seconds; values <= 0 return at once.

There is no `time.now()` in Mojo 1.2 or 0.25.6 (it was removed before 0.25;
use perf_counter_ns()), and no `wall_clock` in 1.2.
"""

@__cpp("mojo::time::perf_counter_ns", include="mojo/time/time.hpp")
def perf_counter_ns() -> Int: ...

@__cpp("mojo::time::perf_counter", include="mojo/time/time.hpp")
def perf_counter() -> Float64: ...

@__cpp("mojo::time::monotonic", include="mojo/time/time.hpp")
def monotonic() -> Int: ...

@__cpp("mojo::time::sleep", include="mojo/time/time.hpp")
def sleep(sec: Float64): ...

@__cpp("mojo::time::sleep", include="mojo/time/time.hpp")
def sleep(sec: Int): ...

# time_function(func) -> nanoseconds spent in func(); a raising func makes the
# call raise (its error propagates).
def time_function[FuncType: def() -> None](func: FuncType) -> Int:
    var tic = perf_counter_ns()
    func()
    var toc = perf_counter_ns()
    return toc - tic

def time_function[FuncType: def() raises -> None](func: FuncType) raises -> Int:
    var tic = perf_counter_ns()
    func()
    var toc = perf_counter_ns()
    return toc - tic
