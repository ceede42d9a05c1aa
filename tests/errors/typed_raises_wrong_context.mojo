@fieldwise_init
struct E1(Copyable, Movable):
    var code: Int

def f() raises E1 -> Int:
    raise E1(1)

def g() raises -> Int:
    return f()

def main():
    try:
        print(g())
    except e:
        print(e)
# ERROR: 9:13 E0507 may raise 'E1' in context that supports an error type of 'Error'
# VERIFIED-WITH: mojo 1.2.0
