# Deque: append/appendleft/pop/popleft at both ends, indexing, printing.
# VERIFIED-WITH: mojo 1.2.0
from std.collections import Deque

def main() raises:
    var dq = Deque[Int]()
    dq.append(1)
    dq.append(2)
    dq.appendleft(0)
    print(dq, len(dq), dq[0])
    print(dq.popleft(), dq.pop())
    print(dq)
