@fieldwise_init
struct Thing(Copyable):
    var n: Int

def main():
    var xs: List[Thing] = [Thing(1), Thing(2)]
    print(xs)
# ERROR: 7:11 E???? does not conform to trait 'Writable'
# MOJO: 7:11: invalid call to 'print': an element of 'values' with type 'List[Thing]' does not conform to trait 'Writable'; either prove the conformance with 'conforms_to', or add conformance
# VERIFIED-WITH: mojo 1.2.0
