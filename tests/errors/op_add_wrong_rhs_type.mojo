@fieldwise_init
struct V:
    var x: Int

    def __add__(self, o: Self) -> Self:
        return V(self.x + o.x)

def main():
    var a = V(1)
    var b = a + 1.5
    print(b.x)
# ERROR: 10:17 E0401 cannot be converted from 'FloatLiteral[1.5]' to 'V'
# MOJO: invalid call to '__add__': value passed to 'o' cannot be converted from 'FloatLiteral[1.5]' to 'V'
# VERIFIED-WITH: mojo 1.2.0
