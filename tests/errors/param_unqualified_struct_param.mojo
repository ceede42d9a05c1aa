# Inside a parametric struct, its parameter must be written Self.T; bare `T` is rejected in Mojo 1.2.
struct Box[T: Copyable & Deinitable]:
    var value: T

    def __init__(out self, value: Self.T):
        self.value = value.copy()

def main():
    var b = Box[Int](1)
    print(b.value)
# ERROR: 3:16 E0320 unqualified access to struct parameter 'T'
# MOJO: unqualified access to struct parameter 'T'; use 'Self.T' instead
# VERIFIED-WITH: mojo 1.2.0
