# VERIFIED-WITH: mojo 1.2.0
def ack(m: Int, n: Int) -> Int:
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

def main():
    for m in range(3):
        for n in range(4):
            print(ack(m, n), end=" ")
        print()
    print(ack(2, 3), ack(3, 3))
