# take() moves the value out and leaves None; a List of Optionals prints None for empty slots.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var o: Optional[String] = String("x")
    var t = o.take()
    print(t, o is None)
    var l: List[Optional[Int]] = [1, None, 3]
    print(l)
    var m: Optional[Int] = 4
    print(m == Optional(4), m != None, Optional[Int](None) == None)
