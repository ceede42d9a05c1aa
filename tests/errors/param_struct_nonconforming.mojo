# A parametric struct instantiated with a type that does not meet the parameter's bound (not Writable) is rejected.
@fieldwise_init
struct Plain(Copyable):
    var v: Int

struct Box[T: Copyable & Writable & Deinitable]:
    var value: Self.T

    def __init__(out self, value: Self.T):
        self.value = value.copy()

def main():
    var ok = Box[Int](1)
    var bad = Box[Plain](Plain(2))
    print(ok.value, bad.value.v)
# ERROR: 14:19 E0316 parameter 'T' has 'Writable & Copyable & Deinitable' type
# MOJO: 'Box' parameter 'T' has 'Writable & Copyable & Deinitable' type, but value has type 'AnyStruct[Plain]'
# VERIFIED-WITH: mojo 1.2.0
