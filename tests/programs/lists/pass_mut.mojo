# A `mut` List argument lets the callee append and modify elements visible to the caller.
# VERIFIED-WITH: mojo 1.2.0
def add_squares(mut xs: List[Int], n: Int):
    for i in range(n):
        xs.append(i * i)

def bump(mut xs: List[Int]):
    for ref x in xs:
        x += 10

def main():
    var xs = List[Int]()
    add_squares(xs, 4)
    print(xs)
    bump(xs)
    print(xs)
