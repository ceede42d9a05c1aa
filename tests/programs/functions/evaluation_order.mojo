# VERIFIED-WITH: mojo 1.2.0
# Operands and call arguments are evaluated left to right, also when they
# raise; `and`/`or` short-circuit.
def side(x: Int) -> Bool:
    print("side", x)
    return x > 0

def boom(x: Int) raises -> Int:
    print("boom", x)
    if x < 0:
        raise Error("neg " + String(x))
    return x

def pick(flag: Bool) raises -> Int:
    return boom(1) if flag else boom(-1)

def main() raises:
    print(side(0) and side(1), side(1) or side(2), side(-1) or side(3))
    print(boom(1) + boom(2) * boom(3))
    try:
        print(boom(4) + boom(-5) + boom(6))
    except e:
        print("caught", e)
    print(pick(True))
    try:
        print(pick(False))
    except e:
        print("caught", e)
    var n = 0
    while side(n) or n < 2:
        n += 1
        if n > 3:
            break
    print("n", n)
    print(1 < boom(2) < 3, 5 < boom(1) < boom(9))
    for i in range(boom(2)):
        print("i", i)
