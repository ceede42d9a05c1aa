# Unary dunders: __neg__, __pos__, __invert__.
@fieldwise_init
struct Num(Writable):
    var v: Int

    def __neg__(self) -> Self:
        return Num(-self.v)

    def __pos__(self) -> Self:
        return Num(self.v + 1000)

    def __invert__(self) -> Self:
        return Num(~self.v)

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Num(", self.v, ")")

def main():
    var n = Num(5)
    print(-n, +n, ~n)
    print(-(-n))
    print(~Num(0), -Num(-7))
# VERIFIED-WITH: mojo 1.2.0
