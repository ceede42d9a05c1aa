# Methods that raise; errors caught by the caller.
struct SafeDiv:
    var den: Int

    def __init__(out self, den: Int):
        self.den = den

    def div(self, num: Int) raises -> Int:
        if self.den == 0:
            raise Error("division by zero")
        return num // self.den

    def set(mut self, den: Int) raises:
        if den < 0:
            raise Error("negative: " + String(den))
        self.den = den


def main():
    var d = SafeDiv(4)
    try:
        print(d.div(17))
        d.set(0)
        print(d.div(5))
    except e:
        print("caught:", e)
    try:
        d.set(-3)
    except e:
        print("caught:", e)
    print(d.den)
# VERIFIED-WITH: mojo 1.2.0
