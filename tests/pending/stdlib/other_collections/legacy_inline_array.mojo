# Legacy: InlineArray[T, n](fill=v) and InlineArray(a, b, c); indexing and len.
# ERA: legacy
# VERIFIED-WITH: mojo 0.25.6
fn main():
    var a = InlineArray[Int, 3](fill=0)
    a[1] = 5
    print(a[0], a[1], len(a))
    var b = InlineArray[Int, 3](1, 2, 3)
    var total = 0
    for i in range(len(b)):
        total += b[i]
    print(total)
