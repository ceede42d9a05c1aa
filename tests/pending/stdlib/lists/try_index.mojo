# try_index returns an Optional position instead of raising.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var xs: List[String] = ["a", "b", "c"]
    print(xs.try_index("b"))
    print(xs.try_index("z"))
    var pos = xs.try_index("c")
    if pos:
        print("c at", pos.value())
