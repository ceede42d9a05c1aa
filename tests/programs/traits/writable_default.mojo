# Writable with no methods: Mojo 1.2 synthesizes write_to / write_repr_to
# by reflection over the fields.
@fieldwise_init
struct Point(Writable):
    var x: Int
    var y: Int

@fieldwise_init
struct Named(Writable):
    var name: String
    var score: Float64
    var ok: Bool

def main():
    var p = Point(1, 3)
    print(p)
    print(repr(p))
    var n = Named("ann", 9.5, True)
    print(n)
    print(repr(n))
    print(String(p) + "!")
# VERIFIED-WITH: mojo 1.2.0
