# A struct method taking plain (read) self satisfies a trait requirement
# declared with `mut self`.
trait Resettable:
    def reset(mut self): ...

struct Logger(Resettable):
    var lines: Int

    def __init__(out self):
        self.lines = 3

    def reset(self):
        print("reset with", self.lines, "lines")

def reset_it[T: Resettable](mut x: T):
    x.reset()

def main():
    var l = Logger()
    reset_it(l)
    l.reset()
# VERIFIED-WITH: mojo 1.2.0
