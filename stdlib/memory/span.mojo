# Span[T]: Mojo 1.2's signatures (std.collections.span; in the prelude), bound to mojo::Span
# (runtime-headers/mojo/memory/span.hpp). See stdlib/README.md for the binding convention.
#
# A view of contiguous elements owned elsewhere (a List, an InlineArray, raw memory): copying a
# Span copies the view. Mojo 1.2 writes `Span[mut: Bool, //, T, origin, *, address_space]`
# (`Span[Int, _]`, `Span[mut=True, Int, _]`); mojoc declares only the element type: mojo::Span<T>
# is a mutable view and mojo::Span<const T> a read-only one (repr prints `mut=True`/`mut=False`),
# and a List converts to either. 0.25.6: `from memory import Span`.
#
# s[a:b]: contiguous slices only (Mojo 1.2 rejects a step at compile time); a negative or
# out-of-range bound aborts with Mojo's message (`Assert Error: slice start index -2 is out of
# bounds, valid range is 0 to 5`), it does not count from the end.
# print(s) `[2, 3, 4]`; repr(s) `Span[mut=True, SIMD[DType.int, 1]]([Int(2), Int(3), Int(4)])`.


@__cpp("mojo::Span", include="mojo/memory/span.hpp")
struct Span[T: Copyable & Movable](Copyable, Movable, ImplicitlyCopyable, Sized, Boolable, Writable):
    # Span(list) (also implicit: a List is passed where a Span is expected)
    @implicit
    @__cpp("from_list")
    def __init__(out self, ref list: List[Self.T]): ...

    # Span(ptr=p, length=n)
    @__cpp("from_ptr")
    def __init__(out self, *, ptr: UnsafePointer[Self.T], length: Int): ...

    @__cpp("from_copy")
    def __init__(out self, *, copy: Self): ...

    def copy(self) -> Self: ...

    def __len__(self) -> Int: ...

    def __bool__(self) -> Bool: ...

    def __getitem__(self, idx: Int) -> ref [self] Self.T: ...

    # s[a:b] (sema's slice protocol; the step must be 1)
    @__cpp("slice")
    def __getitem_slice__(self, start: Int, end: Int, step: Int, has_start: Bool, has_end: Bool) -> Self: ...

    def __iter__(self) -> _SpanIter[Self.T]: ...

    def __contains__(self, value: Self.T) -> Bool where conforms_to(Self.T, Equatable): ...

    def __eq__(self, rhs: Self) -> Bool where conforms_to(Self.T, Equatable): ...

    def __ne__(self, rhs: Self) -> Bool where conforms_to(Self.T, Equatable): ...

    def unsafe_ptr(self) -> UnsafePointer[Self.T]: ...

    # s.fill(value): every element becomes a copy of value (a mutable span).
    def fill(self, value: Self.T): ...

    def write_to(self, mut writer: Some[Writer]) where conforms_to(Self.T, Writable): ...

    def write_repr_to(self, mut writer: Some[Writer]) where conforms_to(Self.T, Writable): ...


# The iterator sema sees for `for x in s` (the loop itself is a C++ range-for over the Span).
@__cpp("mojo::detail::SpanIter", include="mojo/memory/span.hpp")
struct _SpanIter[T: Copyable & Movable]:
    def __next__(mut self) -> ref [self] Self.T: ...
