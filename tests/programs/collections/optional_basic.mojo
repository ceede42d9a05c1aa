# Optional: value(), or_else(default), and printing (the value, or None).
# VERIFIED-WITH: mojo 1.2.0
def main():
    var o: Optional[Int] = 5
    var n: Optional[Int] = None
    print(o.value(), o.or_else(-1), n.or_else(-1))
    print(o, n)
    var s: Optional[String] = String("hi")
    print(s, s.value() + "!")
