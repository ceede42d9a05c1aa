# Heterogeneous `*args: *Ts` with Ts: Writable: a print-like function using `comptime for` over the pack.
# VERIFIED-WITH: mojo 1.2.0
def my_print[*Ts: Writable](*args: *Ts, sep: String = " ", end: String = "\n"):
    var out = String("")
    comptime for i in range(args.__len__()):
        comptime if i > 0:
            out += sep
        out += String(args[i])
    print(out, end=end)

def main():
    my_print(1, "two", True)
    my_print("a", "b", "c", sep="-")
    my_print(42, end="|\n")
    my_print()
    my_print("x", 7, sep="", end=".\n")
