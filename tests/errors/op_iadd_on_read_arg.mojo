@fieldwise_init
struct V:
    var x: Int

    def __iadd__(mut self, o: Int):
        self.x += o

def grow(a: V):
    a += 1

def main():
    var a = V(1)
    grow(a)
    print(a.x)
# ERROR: 9:5 E0309 must be mutable for in-place operator
# MOJO: expression must be mutable for in-place operator destination
# VERIFIED-WITH: mojo 1.2.0
