# In-place forms: += -= *= call __iadd__ etc. on a mutable variable.
struct Acc(Writable):
    var total: Int

    def __init__(out self, start: Int):
        self.total = start

    def __iadd__(mut self, n: Int):
        print("iadd", n)
        self.total += n

    def __isub__(mut self, n: Int):
        self.total -= n

    def __imul__(mut self, n: Int):
        self.total *= n

    def __ior__(mut self, n: Int):
        self.total |= n

    def write_to(self, mut writer: Some[Writer]):
        writer.write("Acc[", self.total, "]")

def main():
    var a = Acc(1)
    a += 4
    a *= 3
    a -= 2
    print(a)
    a |= 16
    print(a)
    for i in range(3):
        a += i
    print(a.total)
# VERIFIED-WITH: mojo 1.2.0
