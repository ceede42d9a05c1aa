# Function types with `raises`: a raising function passed to a generic caller; errors propagate to the caller.
# VERIFIED-WITH: mojo 1.2.0
def checked(x: Int) raises -> Int:
    if x < 0:
        raise Error("negative: " + String(x))
    return x * 2

def run[F: def(Int) raises -> Int](f: F, x: Int) raises -> Int:
    return f(x)

def main():
    var limit = 10

    def bounded(x: Int) raises {imm limit} -> Int:
        if x > limit:
            raise Error("too big")
        return x + 1

    try:
        print(run(checked, 4))
        print(run(bounded, 9))
        print(run(bounded, 11))
    except e:
        print("caught:", e)
    try:
        print(run(checked, -3))
    except e:
        print("caught:", e)
