# `mut *values`: elements are mutable references to the caller's variables (index assignment and `for ref`).
# VERIFIED-WITH: mojo 1.2.0
def bump_all(mut *values: Int):
    for ref v in values:
        v += 1

def reset(mut *values: Int):
    for i in range(len(values)):
        values[i] = i * 10

def shout(mut *strs: String):
    for ref s in strs:
        s += "!"

def main():
    var a = 1
    var b = 2
    var c = 3
    bump_all(a, b, c)
    print(a, b, c)
    reset(a, b, c)
    print(a, b, c)
    var x = String("hi")
    var y = String("yo")
    shout(x, y)
    shout(y)
    print(x, y)
