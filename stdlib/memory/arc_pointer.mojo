# ArcPointer[T]: Mojo 1.2's signatures (std.memory.arc_pointer), bound to mojo::ArcPointer
# (runtime-headers/mojo/memory/arc_pointer.hpp). See stdlib/README.md for the binding convention.
#
# Shared ownership of one heap-allocated T with an atomic reference count: a copy (`var q = p`:
# ArcPointer is ImplicitlyCopyable) adds a reference, destroying one drops it, the last one
# destroys the value. `p[]` is a mutable reference to the value even through a read-only pointer.
# Mojo 1.2: `from std.memory import ArcPointer`; 0.25.6: `from memory import ArcPointer`.
# print(p) prints the value; repr(p) is `ArcPointer[SIMD[DType.int, 1]](Int(3))`.
# Not declared: WeakPointer / downgrade, unsafe_take_allocation, unsafe_from_raw_pointer.


@__cpp("mojo::ArcPointer", include="mojo/memory/arc_pointer.hpp")
struct ArcPointer[T: Movable](Copyable, Movable, ImplicitlyCopyable, Writable):
    # ArcPointer(value^): reference count 1.
    def __init__(out self, var value: Self.T): ...

    # ArcPointer(copy=p): another reference to p's value.
    @__cpp("from_copy")
    def __init__(out self, *, copy: Self): ...

    def copy(self) -> Self: ...

    def __del__(deinit self): ...

    # p[]
    def __getitem__(self) -> ref [self] Self.T: ...

    def ptr(self) -> UnsafePointer[Self.T]: ...

    def unsafe_ptr(self) -> UnsafePointer[Self.T]: ...

    # The number of strong references now.
    def count(self) -> UInt64: ...

    # Always 0 here (no WeakPointer).
    def weak_count(self) -> UInt64: ...

    # p is q / p is not q: the same allocation.
    def __is__(self, rhs: Self) -> Bool: ...

    def __isnot__(self, rhs: Self) -> Bool: ...

    # p == q compares the values.
    def __eq__(self, rhs: Self) -> Bool where conforms_to(Self.T, Equatable): ...

    def __ne__(self, rhs: Self) -> Bool where conforms_to(Self.T, Equatable): ...

    def write_to(self, mut writer: Some[Writer]) where conforms_to(Self.T, Writable): ...

    def write_repr_to(self, mut writer: Some[Writer]) where conforms_to(Self.T, Writable): ...
