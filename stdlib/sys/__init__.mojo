"""Mojo's `sys` package: argv, exit and the `sys.info` queries.

Notes for the integrator (Mojo 1.2, checked with the compiler):
- `argv()` returns `Span[StringSpan[ImmStaticOrigin], ImmStaticOrigin]` in
  Mojo; here a `List[String]` with the same elements (`len(argv())`,
  `argv()[i]`, `for a in argv()` work alike). argv()[0] is the program path.
- `exit()` / `exit(code)` flush print's buffer and end the process (`exit[
  intable: Intable](code: intable)` in Mojo; declared for Int here).
- `-D` defines are compile-time and not bound here: `is_defined[name]()`,
  `get_defined_int[name]()` / `get_defined_int[name, default]()`,
  `get_defined_string[name]()` (-> StaticString, also with a default),
  `get_defined_bool[name, default=False]()`, `get_defined_dtype[name,
  default]()`, all imported from `std.sys` in 1.2 (the older
  `sys.param_env.env_get_int`/`env_get_string` no longer exist).
- `stdout`/`stderr` in `std.sys` are RawFileDescriptor values (print's
  `file=`), not bound here.
"""

from sys.info import (
    num_physical_cores,
    num_logical_cores,
    num_performance_cores,
    has_accelerator,
    is_little_endian,
    is_big_endian,
    is_gpu,
    simd_width_of,
    size_of,
    align_of,
    bit_width_of,
    simdwidthof,
    sizeof,
    alignof,
    bitwidthof,
    CompilationTarget,
)

@__cpp("mojo::sys::argv_count", include="mojo/sys/arg.hpp")
def _argv_count() -> Int: ...

@__cpp("mojo::sys::argv_at", include="mojo/sys/arg.hpp")
def _argv_at(i: Int) -> String: ...

def argv() -> List[String]:
    var args = List[String]()
    for i in range(_argv_count()):
        args.append(_argv_at(i))
    return args^

@__cpp("mojo::sys::exit", include="mojo/sys/exit.hpp")
def exit(): ...

@__cpp("mojo::sys::exit", include="mojo/sys/exit.hpp")
def exit(code: Int): ...
