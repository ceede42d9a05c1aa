"""Mojo's `random` module (Mojo 1.2 signatures, checked with the compiler).

One process-wide generator, bound to `runtime-headers/mojo/random/random.hpp`.
As in Mojo the sequence is fixed until `seed()` (clock-based) is called, and
`seed(a)` makes it reproducible; the values differ from Mojo's, whose
generator is in its closed runtime.

random_si64/random_ui64 include both ends; max < min returns min.
random_float64(min, max) is min + (max - min) * u with u in [0, 1).

Not declared: `randint`, `rand`, `randn`, which fill a `Span[Scalar[dtype]]`
or an `UnsafePointer` (need Span/pointer/DType support); write a loop over
random_si64 / random_float64 / randn_float64 instead.
"""

@__cpp("mojo::random::seed", include="mojo/random/random.hpp")
def seed(): ...

@__cpp("mojo::random::seed", include="mojo/random/random.hpp")
def seed(a: Int): ...

@__cpp("mojo::random::random_float64", include="mojo/random/random.hpp")
def random_float64(min: Float64 = 0, max: Float64 = 1) -> Float64: ...

@__cpp("mojo::random::random_si64", include="mojo/random/random.hpp")
def random_si64(min: Int64, max: Int64) -> Int64: ...

@__cpp("mojo::random::random_ui64", include="mojo/random/random.hpp")
def random_ui64(min: UInt64, max: UInt64) -> UInt64: ...

@__cpp("mojo::random::randn_float64", include="mojo/random/random.hpp")
def randn_float64(mean: Float64 = 0, standard_deviation: Float64 = 1) -> Float64: ...

@__cpp("mojo::random::shuffle", include="mojo/random/random.hpp")
def shuffle[T: Copyable, //](mut list: List[T]): ...
