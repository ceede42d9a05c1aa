# {var x} copies the value when the closure is defined; later outer assignments are not seen.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var snap = 42

    def frozen() {var snap} -> Int:
        return snap

    print(frozen())
    snap = 999
    print(frozen(), snap)

    var x = 10
    var y = 20

    def both() {var} -> Int:
        return x + y

    x = 0
    y = 0
    print(both(), x, y)

    var s = String("before")

    def say() {var s} -> String:
        return s + "!"

    s = "after"
    print(say(), s)
