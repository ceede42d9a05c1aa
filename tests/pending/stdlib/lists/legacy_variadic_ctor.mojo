# Legacy: List[T](a, b, c) variadic constructor; printing goes through __str__ (Strings shown quoted).
# ERA: legacy
# VERIFIED-WITH: mojo 0.25.6
fn main():
    var xs = List[Int](1, 2, 3)
    xs.append(4)
    print(len(xs), xs[0])
    print(xs.__str__())
    var s = List[String]("a", "b")
    print(s.__str__())
