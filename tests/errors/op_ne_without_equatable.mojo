@fieldwise_init
struct Id:
    var v: Int

    def __eq__(self, other: Self) -> Bool:
        return self.v == other.v

def main():
    var a = Id(1)
    print(a == Id(1))
    print(a != Id(2))
# ERROR: 11:13 E0403 does not implement the '__ne__' method
# MOJO: 'Id' does not implement the '__ne__' method
# VERIFIED-WITH: mojo 1.2.0
