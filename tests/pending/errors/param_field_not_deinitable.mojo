# A struct field of parameter type needs a Deinitable bound in Mojo 1.2; Copyable alone is not enough.
struct Box[T: Copyable]:
    var value: Self.T

    def __init__(out self, value: Self.T):
        self.value = value.copy()

def main():
    var b = Box[Int](1)
    print(b.value)
# ERROR: 3:5 E0316 has non-'Deinitable' type
# MOJO: field 'value' has non-'Deinitable' type 'T'
# VERIFIED-WITH: mojo 1.2.0
