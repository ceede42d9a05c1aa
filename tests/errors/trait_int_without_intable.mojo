@fieldwise_init
struct Money:
    var cents: Int

    def __int__(self) -> Int:
        return self.cents

def main():
    var m = Money(300)
    print(Int(m))
# ERROR: 10:14 E0503 no matching function in initialization
# MOJO: no matching function in initialization
# VERIFIED-WITH: mojo 1.2.0
