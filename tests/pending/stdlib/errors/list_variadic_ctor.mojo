def main():
    var xs = List[Int](1, 2, 3)
    print(xs)
# ERROR: 2:23 E???? no matching function in initialization
# MOJO: 2:23: no matching function in initialization
# VERIFIED-WITH: mojo 1.2.0
