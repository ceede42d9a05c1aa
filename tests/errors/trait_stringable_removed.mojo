@fieldwise_init
struct Temp(Stringable):
    var c: Float64

    def __str__(self) -> String:
        return String(self.c) + "C"

def main():
    var t = Temp(1.5)
    print(t.__str__())
# ERROR: 2:13 E0301 use of unknown declaration 'Stringable'
# MOJO: use of unknown declaration 'Stringable'
# VERIFIED-WITH: mojo 1.2.0
