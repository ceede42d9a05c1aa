# Legacy edition: ArcPointer copies share one value and count() tracks them; OwnedPointer owns one heap value.
# VERIFIED-WITH: mojo 0.25.6
# ERA: legacy
from memory import ArcPointer, OwnedPointer


fn main():
    var a = ArcPointer(10)
    print(a.count())
    var b = a
    b[] += 5
    print(a[], b[], a.count())
    var o = OwnedPointer(String("hi"))
    o[] += "!"
    print(o[])
