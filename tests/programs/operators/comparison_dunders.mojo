# Comparison dunders, each defined explicitly.
@fieldwise_init
struct Len:
    var mm: Int

    def __eq__(self, o: Self) -> Bool:
        return self.mm == o.mm

    def __ne__(self, o: Self) -> Bool:
        return self.mm != o.mm

    def __lt__(self, o: Self) -> Bool:
        return self.mm < o.mm

    def __le__(self, o: Self) -> Bool:
        return self.mm <= o.mm

    def __gt__(self, o: Self) -> Bool:
        return self.mm > o.mm

    def __ge__(self, o: Self) -> Bool:
        return self.mm >= o.mm

def main():
    var a = Len(10)
    var b = Len(20)
    print(a == b, a != b, a < b, a <= b, a > b, a >= b)
    print(a == Len(10), a <= Len(10), a >= Len(10))
    if a < b and not (b < a):
        print("ordered")
# VERIFIED-WITH: mojo 1.2.0
