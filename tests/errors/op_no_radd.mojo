@fieldwise_init
struct V:
    var x: Int

    def __add__(self, o: Int) -> Self:
        return V(self.x + o)

def main():
    var a = V(1)
    var b = 5 + a
    print(b.x)
# ERROR: 10:17 E0403 no matching method in call to '__add__'
# MOJO: no matching method in call to '__add__'
# VERIFIED-WITH: mojo 1.2.0
