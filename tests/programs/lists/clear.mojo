# clear() empties a list, which can then be reused.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var xs: List[Int] = [1, 2, 3]
    xs.clear()
    print(xs, len(xs))
    xs.append(4)
    print(xs)
