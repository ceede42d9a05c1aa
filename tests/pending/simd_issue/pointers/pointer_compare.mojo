# Pointers into one buffer compare by address (==, !=, <, <=, >, >=); subtracting two pointers gives the element distance.
# VERIFIED-WITH: mojo 1.2.0
from std.memory.alloc import unsafe_alloc


def main():
    var p = unsafe_alloc[Int64](10)
    var q = p.unsafe_offset(3)
    var r = p.unsafe_offset(3)
    print(q == r, q != r, p == q)
    print(p < q, q <= r, q > p, p >= q)
    print(q - p, p - q, p.unsafe_offset(9) - q)
    print(q.offset_from(p))
    var end = p.unsafe_offset(10)
    var n = 0
    var cur = p
    while cur < end:
        n += 1
        cur = cur.unsafe_offset(2)
    print("steps", n)
    p.unsafe_free()
