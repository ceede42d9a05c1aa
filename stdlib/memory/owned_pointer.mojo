# OwnedPointer[T]: Mojo 1.2's signatures (std.memory.owned_pointer), bound to mojo::OwnedPointer
# (runtime-headers/mojo/memory/owned_pointer.hpp). See stdlib/README.md for the binding convention.
#
# The single owner of one heap-allocated T: `p[]` is a reference to the value, the pointer moves
# with `^` and is never copied implicitly, and its destruction destroys the value once.
# Mojo 1.2: `from std.memory import OwnedPointer`; 0.25.6: `from memory import OwnedPointer`.
# print(p) prints the value; repr(p) is `OwnedPointer[SIMD[DType.int, 1]](Int(42))`.
# Not declared: unsafe_take_allocation() (1.2's Allocation handle) and unsafe_from_opaque_pointer.


@__cpp("mojo::OwnedPointer", include="mojo/memory/owned_pointer.hpp")
struct OwnedPointer[T: Movable](Movable, Writable):
    # OwnedPointer(value^): the value moves into a new allocation.
    def __init__(out self, var value: Self.T): ...

    # OwnedPointer(copy_value=x): a copy of x in a new allocation.
    @__cpp("from_copy_value")
    def __init__(out self, *, copy_value: Self.T): ...

    # OwnedPointer(other=p): a new allocation holding a copy of p's value.
    @__cpp("from_other")
    def __init__(out self, *, other: Self): ...

    # Adopts a pointer to one initialized value allocated with alloc[T](1).
    @__cpp("unsafe_from_raw_pointer")
    def __init__(out self, *, unsafe_from_raw_pointer: UnsafePointer[Self.T]): ...

    def __del__(deinit self): ...

    # p[]
    def __getitem__(ref self) -> ref [self] Self.T: ...

    def ptr(self) -> UnsafePointer[Self.T]: ...

    # deprecated in 1.2 (use ptr())
    def unsafe_ptr(self) -> UnsafePointer[Self.T]: ...

    # p^.into_inner(): the value moves out; the allocation is freed.
    def into_inner(deinit self) -> Self.T: ...

    def write_to(self, mut writer: Some[Writer]) where conforms_to(Self.T, Writable): ...

    def write_repr_to(self, mut writer: Some[Writer]) where conforms_to(Self.T, Writable): ...
