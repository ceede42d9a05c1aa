# VERIFIED-WITH: mojo 1.2.0
# Arguments are passed by reference: a variable read in the same call as a
# `mut` use of it sees the new value, in Mojo as in mojoc.
def bump(mut x: Int) -> Int:
    x += 10
    return x

def main():
    var x = 1
    print(x, bump(x), x)
    var y = 1
    var z = y + bump(y)
    print(z, y)
