# insert(i, v) shifts later elements right; inserting at len(xs) appends.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var xs: List[Int] = [1, 2, 3]
    xs.insert(0, 0)
    print(xs)
    xs.insert(2, 99)
    print(xs)
    xs.insert(len(xs), 100)
    print(xs)
