# Bitwise dunders: & | ^ << >>.
@fieldwise_init
struct Bits(Writable):
    var v: Int

    def __and__(self, o: Self) -> Self:
        return Bits(self.v & o.v)

    def __or__(self, o: Self) -> Self:
        return Bits(self.v | o.v)

    def __xor__(self, o: Self) -> Self:
        return Bits(self.v ^ o.v)

    def __lshift__(self, n: Int) -> Self:
        return Bits(self.v << n)

    def __rshift__(self, n: Int) -> Self:
        return Bits(self.v >> n)

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Bits(", self.v, ")")

def main():
    var a = Bits(12)
    var b = Bits(10)
    print(a & b, a | b, a ^ b)
    print(a << 2, a >> 2)
    print((a | b) & Bits(6))
# VERIFIED-WITH: mojo 1.2.0
