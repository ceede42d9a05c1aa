@fieldwise_init
struct V:
    var x: Int

    def __getitem__(self, i: Int) -> Int:
        return self.x + i

def main():
    var a = V(1)
    a[0] = 5
    print(a[0])
# ERROR: 10:6 E0403 must be mutable in assignment
# MOJO: expression must be mutable in assignment
# VERIFIED-WITH: mojo 1.2.0
