# Counter closures: a {mut} capture keeps state across calls; two counters are independent.
# VERIFIED-WITH: mojo 1.2.0
def run[F: def() -> Int](times: Int, f: F) -> Int:
    var last = 0
    for _ in range(times):
        last = f()
    return last

def main():
    var count = 0
    var step = 5

    def next() {mut count, imm step} -> Int:
        count += step
        return count

    print(next())
    print(next())
    step = 1
    print(next())
    print(run(4, next))
    print("count =", count)

    var other = 100

    def next_other() {mut other} -> Int:
        other -= 1
        return other

    print(run(3, next_other), count)
