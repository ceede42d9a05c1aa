# VERIFIED-WITH: mojo 1.2.0
def main():
    for i in range(10):
        if i % 2 == 0:
            continue
        if i > 7:
            break
        print(i)
    var n = 0
    while True:
        n += 1
        if n < 3:
            continue
        if n == 5:
            break
        print("n =", n)
    print("final", n)
