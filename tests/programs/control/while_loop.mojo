# VERIFIED-WITH: mojo 1.2.0
def main():
    var i = 0
    var total = 0
    while i < 10:
        total += i
        i += 1
    print(i, total)
    var n = 27
    var steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    print(steps)
