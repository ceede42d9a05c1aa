# Optional[T] and OptionalReg[T]: Mojo 1.2's signatures, both bound to mojo::Optional
# (runtime-headers/mojo/collections/optional.hpp). See stdlib/README.md for the binding convention.
#
# C++ side: `None` is mojo::None (a mojo::NoneType), which converts to an empty Optional.
# Raising methods return copies (a raising method cannot return a reference yet).
# Mojo's Optional is ImplicitlyCopyable only when T is; declared so unconditionally here.


@__cpp("mojo::Optional", include="mojo/collections/optional.hpp")
struct Optional[T: Copyable & Movable](
    Copyable, Movable, ImplicitlyCopyable, Boolable, Defaultable, Writable
):
    # ===------------------------------------------------------------------=== #
    # Life cycle
    # ===------------------------------------------------------------------=== #

    def __init__(out self): ...

    @implicit
    @__cpp("some")
    def __init__(out self, var value: Self.T): ...

    @implicit
    @__cpp("none")
    def __init__(out self, value: NoneType): ...

    def copy(self) -> Self: ...

    def __del__(deinit self): ...

    # ===------------------------------------------------------------------=== #
    # Operators
    # ===------------------------------------------------------------------=== #

    def __is__(self, other: NoneType) -> Bool: ...

    def __isnot__(self, other: NoneType) -> Bool: ...

    def __eq__(self, rhs: NoneType) -> Bool: ...

    def __eq__(self, rhs: Self) -> Bool where conforms_to(Self.T, Equatable): ...

    def __ne__(self, rhs: NoneType) -> Bool: ...

    def __ne__(self, rhs: Self) -> Bool where conforms_to(Self.T, Equatable): ...

    def __bool__(self) -> Bool: ...

    def __invert__(self) -> Bool: ...

    # opt[]: raises EmptyOptionalError[T] on an empty Optional.
    def __getitem__(ref self) raises -> Self.T: ...

    def __iter__(ref self) -> _OptionalIter[Self.T]: ...

    # ===------------------------------------------------------------------=== #
    # Methods
    # ===------------------------------------------------------------------=== #

    # Aborts on an empty Optional.
    def value(ref self) -> ref [self] Self.T: ...

    def unsafe_value(ref self) -> ref [self] Self.T: ...

    # Moves the value out, leaving the Optional empty; aborts on an empty Optional.
    def take(mut self) -> Self.T: ...

    def unsafe_take(mut self) -> Self.T: ...

    # C++: o.or_else(d) copies the value out, std::move(o).or_else(d) moves it.
    def or_else(deinit self, var default: Self.T) -> Self.T: ...

    def write_to(self, mut writer: Some[Writer]) where conforms_to(Self.T, Writable): ...

    def write_repr_to(self, mut writer: Some[Writer]) where conforms_to(Self.T, Writable): ...


@__cpp("mojo::detail::OptionalIter", include="mojo/collections/optional.hpp")
struct _OptionalIter[T: Copyable & Movable]:
    def __next__(mut self) -> ref [self] Self.T: ...


# OptionalReg[T]: the register-passable Optional of scalars; the same C++ type.
@__cpp("mojo::Optional", include="mojo/collections/optional.hpp")
struct OptionalReg[T: Copyable & Movable](
    Copyable, Movable, ImplicitlyCopyable, Boolable, Defaultable
):
    def __init__(out self): ...

    @implicit
    @__cpp("some")
    def __init__(out self, value: Self.T): ...

    @implicit
    @__cpp("none")
    def __init__(out self, value: NoneType): ...

    def __is__(self, other: NoneType) -> Bool: ...

    def __isnot__(self, other: NoneType) -> Bool: ...

    def __bool__(self) -> Bool: ...

    def value(self) -> Self.T: ...

    def or_else(self, default: Self.T) -> Self.T: ...
