# Legacy: a List slice xs[a:b] is a new List; appending to it leaves the original unchanged.
# ERA: legacy
# VERIFIED-WITH: mojo 0.25.6
fn main():
    var xs = List[Int](1, 2, 3, 4)
    var sl = xs[1:3]
    sl.append(9)
    print(sl.__str__(), xs.__str__())
