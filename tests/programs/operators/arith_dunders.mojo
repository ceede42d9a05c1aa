# Arithmetic dunders on a struct: + - * / // % **.
@fieldwise_init
struct V(Writable):
    var x: Int
    var y: Int

    def __add__(self, o: Self) -> Self:
        return V(self.x + o.x, self.y + o.y)

    def __sub__(self, o: Self) -> Self:
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k: Int) -> Self:
        return V(self.x * k, self.y * k)

    def __truediv__(self, k: Int) -> Float64:
        return Float64(self.x + self.y) / Float64(k)

    def __floordiv__(self, k: Int) -> Self:
        return V(self.x // k, self.y // k)

    def __mod__(self, k: Int) -> Self:
        return V(self.x % k, self.y % k)

    def __pow__(self, k: Int) -> Self:
        return V(self.x ** k, self.y ** k)

    def write_to(self, mut writer: Some[Writer]):
        writer.write("V(", self.x, ",", self.y, ")")

def main():
    var a = V(7, -3)
    var b = V(2, 5)
    print(a + b, a - b)
    print(a * 3, a / 2)
    print(a // 2, a % 4)
    print(b ** 2)
    print(a + b * 2 - V(1, 1))
# VERIFIED-WITH: mojo 1.2.0
