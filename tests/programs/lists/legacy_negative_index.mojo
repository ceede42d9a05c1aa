# Legacy: negative indices (literal and runtime) count from the end of a List.
# ERA: legacy
# VERIFIED-WITH: mojo 0.25.6
fn main():
    var xs = List[Int](10, 20, 30, 40)
    print(xs[-1], xs[-4])
    var i = -2
    print(xs[i])
