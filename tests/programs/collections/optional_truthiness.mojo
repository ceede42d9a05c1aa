# Optional is truthy when it holds a value; `is None` / `is not None` and Bool(o) agree.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var o: Optional[Int] = 0
    var n: Optional[Int] = None
    print(Bool(o), Bool(n))
    print(o is None, n is None, o is not None)
    if o:
        print("o holds", o.value())
    if not n:
        print("n empty")
