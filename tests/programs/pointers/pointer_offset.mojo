# p + i is a pointer i elements further on and (p + i)[] dereferences it; unsafe_offset(i) is the 1.2 spelling of the same step.
# VERIFIED-WITH: mojo 1.2.0
from std.memory import alloc


def main():
    var p = alloc[Int](6)
    for i in range(6):
        (p + i)[] = 100 + i
    print(p[0], (p + 3)[], (p + 5)[])
    var q = p + 2
    print(q[], q[1], q[-1])
    q[] = -1
    print(p[2])
    var r = p.unsafe_offset(4)
    print(r[], r[unsafe_offset=1], p[unsafe_offset=0])
    r[unsafe_offset=-1] = 77
    print(p[3])
    p.free()
