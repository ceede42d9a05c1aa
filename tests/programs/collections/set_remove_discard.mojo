# remove deletes a present element and raises on a missing one; discard never raises.
# VERIFIED-WITH: mojo 1.2.0
from std.collections import Set

def main():
    var s: Set[Int] = {1, 2, 3, 4}
    try:
        s.remove(3)
        print(s)
        s.remove(42)
        print("not reached")
    except e:
        print("error:", e)
    s.discard(1)
    s.discard(42)
    print(s)
