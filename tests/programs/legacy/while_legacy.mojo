# VERIFIED-WITH: mojo 0.25.6
fn collatz_steps(start: Int) -> Int:
    var n = start
    var steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps

fn main():
    for s in range(1, 8):
        print(s, collatz_steps(s), sep=":", end=" ")
    print()
    var i = 10
    while i > 0:
        i -= 3
        if i == 4:
            continue
        print(i, end=" ")
    print()
