# Homogeneous `*values: Int`: len, indexing, for-in iteration, sum, and zero arguments.
# VERIFIED-WITH: mojo 1.2.0
def total(*values: Int) -> Int:
    var s = 0
    for v in values:
        s += v
    return s

def describe(*values: Int):
    print("count:", len(values))
    if len(values) > 0:
        print("first:", values[0], "last:", values[len(values) - 1])
    var biggest = 0
    for i in range(len(values)):
        if i == 0 or values[i] > biggest:
            biggest = values[i]
    print("max:", biggest)

def main():
    print(total(1, 2, 3))
    print(total())
    print(total(-5, 5, 100))
    describe(4, 9, 2, 7)
    describe()
