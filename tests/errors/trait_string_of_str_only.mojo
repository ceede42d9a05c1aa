@fieldwise_init
struct Temp:
    var c: Float64

    def __str__(self) -> String:
        return String(self.c) + "C"

def main():
    var t = Temp(1.5)
    print(String(t))
# ERROR: 10:17 E0503 no matching function in initialization
# MOJO: no matching function in initialization
# VERIFIED-WITH: mojo 1.2.0
