# xs[i] = v and xs[i] += v update an element; literal non-negative indices only.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var xs: List[Int] = [1, 2, 3]
    xs[0] = 10
    xs[2] += 5
    var i = 1
    xs[i] *= 7
    print(xs)
    print(xs[len(xs) - 1])
