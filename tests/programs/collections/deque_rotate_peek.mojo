# Deque.rotate(n) shifts right; peek/peekleft read the ends without removing.
# VERIFIED-WITH: mojo 1.2.0
from std.collections import Deque

def main() raises:
    var dq = Deque[Int]()
    dq.extend([1, 2, 3, 4])
    dq.rotate(1)
    print(dq)
    dq.rotate(-2)
    print(dq)
    print(dq.peekleft(), dq.peek(), len(dq))
