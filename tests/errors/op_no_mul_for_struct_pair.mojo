@fieldwise_init
struct V:
    var x: Int

    def __mul__(self, k: Int) -> Self:
        return V(self.x * k)

def main():
    var a = V(2)
    var b = a * V(3)
    print(b.x)
# ERROR: 10:18 E0401 cannot be converted from 'V' to 'Int'
# MOJO: invalid call to '__mul__': value passed to 'k' cannot be converted from 'V' to 'Int'
# VERIFIED-WITH: mojo 1.2.0
