# reverse() reverses in place; reversed(xs) iterates backwards without changing the list.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var xs: List[Int] = [1, 2, 3, 4]
    for x in reversed(xs):
        print(x, end=" ")
    print()
    print(xs)
    xs.reverse()
    print(xs)
    var one: List[Int] = [7]
    one.reverse()
    print(one)
