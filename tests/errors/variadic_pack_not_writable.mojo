struct Blob:
    var n: Int

    def __init__(out self, n: Int):
        self.n = n

def show[*Ts: Writable](*args: *Ts):
    comptime for i in range(args.__len__()):
        print(args[i], end=" ")
    print()

def main():
    show(1, Blob(2))
# ERROR: 13:17 E0316 does not conform to trait 'Writable'
# MOJO: invalid call to 'show': an element of 'args' with type 'Blob' does not conform to trait 'Writable'; either prove the conformance with 'conforms_to', or add conformance
# VERIFIED-WITH: mojo 1.2.0
