# Dict[K, V]: Mojo 1.2's signatures, bound to mojo::Dict (runtime-headers/mojo/collections/dict.hpp).
# See stdlib/README.md for the binding convention.
#
# Differences forced by the runtime conventions:
#   d[key]   raises DictKeyError[K] (message `DictKeyError[String]()`); it returns a copy, not a
#            reference (a raising method cannot return a reference yet). For in-place updates
#            the C++ side has d.getitem_ptr(key) -> Raises<V*>: `*MOJO_TRY(d.getitem_ptr(k)) += 1`,
#            and d.find_ptr(key) -> V* (nullptr when absent).
#   The default hasher parameter H of Mojo's Dict is not declared.
#
#   for k in d / d.keys() / d.values() / d.items() -> C++ range-for over the Dict or its view;
#   the _Dict*Iter structs below only give sema the element types.

# Mojo 1.2 spells this `comptime KeyElement = Copyable & Hashable & Equatable`; a trait refining the
# same traits means the same to a struct that declares it. The collections below spell the bound
# out, so that Int and String keys satisfy it too.
trait KeyElement(Copyable, Movable, Hashable, Equatable):
    pass


@__cpp("mojo::DictEntry", include="mojo/collections/dict.hpp")
struct DictEntry[K: Copyable & Movable & Hashable & Equatable, V: Copyable & Movable](
    Copyable, Movable
):
    var key: Self.K
    var value: Self.V

    def __init__(out self, var key: Self.K, var value: Self.V): ...

    def copy(self) -> Self: ...

    def reap_value(deinit self) -> Self.V: ...

    def reap_key(deinit self) -> Self.K: ...


@__cpp("mojo::Dict", include="mojo/collections/dict.hpp")
struct Dict[K: Copyable & Movable & Hashable & Equatable, V: Copyable & Movable](
    Copyable, Movable, Sized, Boolable, Defaultable, Writable
):
    # ===------------------------------------------------------------------=== #
    # Life cycle
    # ===------------------------------------------------------------------=== #

    def __init__(out self): ...

    @__cpp("with_capacity")
    def __init__(out self, *, capacity: Int): ...

    # {k: v, ...}
    @__cpp("from_literal")
    def __init__(out self, var keys: List[Self.K], var values: List[Self.V], __dict_literal__: NoneType): ...

    @__cpp("from_copy")
    def __init__(out self, *, copy: Self): ...

    def copy(self) -> Self: ...

    def __del__(deinit self): ...

    @staticmethod
    def fromkeys(keys: List[Self.K], value: Self.V) -> Self: ...

    # ===------------------------------------------------------------------=== #
    # Operators
    # ===------------------------------------------------------------------=== #

    def __getitem__(ref self, key: Self.K) raises -> Self.V: ...

    def __setitem__(mut self, var key: Self.K, var value: Self.V): ...

    def __contains__(self, key: Self.K) -> Bool: ...

    def __iter__(ref self) -> _DictKeyIter[Self.K, Self.V]: ...

    def __or__(self, other: Self) -> Self: ...

    def __ior__(mut self, other: Self): ...

    def __len__(self) -> Int: ...

    def __bool__(self) -> Bool: ...

    def __eq__(self, other: Self) -> Bool where conforms_to(Self.V, Equatable): ...

    def __ne__(self, other: Self) -> Bool where conforms_to(Self.V, Equatable): ...

    # ===------------------------------------------------------------------=== #
    # Methods
    # ===------------------------------------------------------------------=== #

    def find(self, key: Self.K) -> Optional[Self.V]: ...

    def get(self, key: Self.K) -> Optional[Self.V]: ...

    def get(self, key: Self.K, var default: Self.V) -> Self.V: ...

    def pop(mut self, key: Self.K, var default: Self.V) -> Self.V: ...

    def pop(mut self, key: Self.K) raises -> Self.V: ...

    # The last inserted entry; raises EmptyDictError() on an empty Dict.
    def popitem(mut self) raises -> DictEntry[Self.K, Self.V]: ...

    def keys(ref self) -> _DictKeyIter[Self.K, Self.V]: ...

    def values(ref self) -> _DictValueIter[Self.K, Self.V]: ...

    def items(ref self) -> _DictEntryIter[Self.K, Self.V]: ...

    def update(mut self, other: Self, /): ...

    def clear(mut self): ...

    def setdefault(mut self, var key: Self.K, var default: Self.V) -> ref [self] Self.V: ...

    def write_to(self, mut writer: Some[Writer]) where conforms_to(Self.K, Writable) and conforms_to(
        Self.V, Writable
    ): ...

    def write_repr_to(self, mut writer: Some[Writer]) where conforms_to(Self.K, Writable) and conforms_to(
        Self.V, Writable
    ): ...


@__cpp("mojo::DictKeysView", include="mojo/collections/dict.hpp")
struct _DictKeyIter[K: Copyable & Movable & Hashable & Equatable, V: Copyable & Movable]:
    def __iter__(ref self) -> Self: ...

    def __next__(mut self) -> ref [self] Self.K: ...

    def __len__(self) -> Int: ...


@__cpp("mojo::DictValuesView", include="mojo/collections/dict.hpp")
struct _DictValueIter[K: Copyable & Movable & Hashable & Equatable, V: Copyable & Movable]:
    def __iter__(ref self) -> Self: ...

    def __next__(mut self) -> ref [self] Self.V: ...

    def __len__(self) -> Int: ...


@__cpp("mojo::DictItemsView", include="mojo/collections/dict.hpp")
struct _DictEntryIter[K: Copyable & Movable & Hashable & Equatable, V: Copyable & Movable]:
    def __iter__(ref self) -> Self: ...

    def __next__(mut self) -> ref [self] DictEntry[Self.K, Self.V]: ...

    def __len__(self) -> Int: ...
