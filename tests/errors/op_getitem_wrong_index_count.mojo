@fieldwise_init
struct V:
    var x: Int

    def __getitem__(self, i: Int) -> Int:
        return self.x + i

def main():
    var a = V(1)
    print(a[0, 1])
# ERROR: 10:16 E0501 unexpected argument
# MOJO: invalid call to '__getitem__': unexpected argument
# VERIFIED-WITH: mojo 1.2.0
