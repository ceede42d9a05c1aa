# Typed raises through several functions: a typed error propagates out of a
# function that raises the same type, re-raises from an except, and passes
# through finally.
@fieldwise_init
struct ParseError(Copyable, Movable, Writable):
    var pos: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("ParseError at ", self.pos)


def digit(s: Int) raises ParseError -> Int:
    if s < 0:
        raise ParseError(-s)
    return s % 10


def two_digits(a: Int, b: Int) raises ParseError -> Int:
    var x = digit(a)
    var y = digit(b)
    return x * 10 + y


def logged(a: Int, b: Int) raises ParseError -> Int:
    try:
        return two_digits(a, b)
    except e:
        print("log:", e)
        raise e^
    finally:
        print("finally", a, b)


def main():
    try:
        print(logged(3, 4))
        print(logged(5, -7))
        print("not reached")
    except err:
        print("caught", err.pos)
    print("end")
# VERIFIED-WITH: mojo 1.2.0
