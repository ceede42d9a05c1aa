"""Mojo 1.x hashing: `def __hash__[H: Hasher](self, mut hasher: H)` feeds a
hasher (`self.x.__hash__(hasher)` for each field). The runtime's Dict, Set and
Counter hash their keys with mojo::Hasher (runtime-headers/mojo/detail/protocols.hpp);
sema instantiates a key type's `__hash__` for it (transpiler/sema/check_bindings.cpp).
"""


# The hasher a `__hash__` is generic over. mojoc has one hasher, so the trait
# asks for nothing more: a `__hash__` passes it on to its fields.
trait Hasher:
    pass


# The hasher the runtime's collections use (Mojo's AHasher plays this part).
@__cpp("mojo::Hasher", include="mojo/detail/protocols.hpp")
struct DefaultHasher(Hasher, Movable):
    def __init__(out self): ...
