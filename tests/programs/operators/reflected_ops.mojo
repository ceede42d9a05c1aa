# Reflected forms: `5 + a` calls a.__radd__(5) since Int has no __add__ for V.
@fieldwise_init
struct Meters(Writable):
    var v: Int

    def __add__(self, o: Int) -> Self:
        print("add")
        return Meters(self.v + o)

    def __radd__(self, o: Int) -> Self:
        print("radd")
        return Meters(o + self.v)

    def __sub__(self, o: Int) -> Self:
        return Meters(self.v - o)

    def __rsub__(self, o: Int) -> Self:
        return Meters(o - self.v)

    def __rmul__(self, o: Int) -> Self:
        return Meters(o * self.v)

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.v, "m")

def main():
    var m = Meters(3)
    print(m + 5)
    print(5 + m)
    print(m - 1, 10 - m)
    print(4 * m)
# VERIFIED-WITH: mojo 1.2.0
