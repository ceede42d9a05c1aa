fn main():
    var xs = List[Int](1, 2, 3)
    print(xs)
# ERROR: 3:10 E???? argument type 'List[Int]' does not conform to trait 'Writable'
# MOJO: 3:10: invalid call to 'print': failed to infer parameter 'Ts', argument type 'List[Int]' does not conform to trait 'Writable'
# ERA: legacy
# VERIFIED-WITH: mojo 0.25.6
