@fieldwise_init
struct V:
    var x: Int

    def __add__(self, o: Self) -> Self:
        return V(self.x + o.x)

def main():
    var a = V(1)
    a += V(2)
    print(a.x)
# ERROR: 10:7 E0403 does not implement the '__iadd__' method
# MOJO: 'V' does not implement the '__iadd__' method
# VERIFIED-WITH: mojo 1.2.0
