# ArcPointer shares one value between copies: a mutation through one copy is seen by all, and count() is the live copy count (ASAP destruction lowers it).
# VERIFIED-WITH: mojo 1.2.0
from std.memory import ArcPointer


def main():
    var a = ArcPointer(List[Int](capacity=4))
    a[].append(1)
    print(a.count())
    var b = a
    b[].append(2)
    print(len(a[]), a[][1], a.count(), b.count())
    var c = b.copy()
    c[].append(3)
    print(a.count(), len(c[]))
    print(a[][2], a.count())
    var x = ArcPointer(10)
    var y = x
    y[] += 5
    print(x[], y[])
    print(x.count(), y.count())
