# 1.2 renames InlineArray to Array: Array[T, n](fill=v), literal init, indexing, len, iteration, printing.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var a = Array[Int, 3](fill=0)
    a[1] = 5
    print(a[0], a[1], len(a))
    print(a)
    var b: Array[Int, 3] = [1, 2, 3]
    var total = 0
    for x in b:
        total += x
    print(total)
    print(2 in b, 9 in b)
