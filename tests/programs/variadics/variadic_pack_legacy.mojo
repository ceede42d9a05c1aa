# Legacy heterogeneous pack: `@parameter for` over `*args: *Ts` (Ts: Writable) to build a print-like function.
# ERA: legacy
# VERIFIED-WITH: mojo 0.25.6
fn my_print[*Ts: Writable](*args: *Ts, sep: String = " "):
    var out = String("")

    @parameter
    for i in range(args.__len__()):
        @parameter
        if i > 0:
            out += sep
        out += String(args[i])
    print(out)

fn count_many[*Ts: Intable](*args: *Ts) -> Int:
    var total = 0

    @parameter
    for i in range(args.__len__()):
        total += Int(args[i])
    return total

fn main():
    my_print(1, "two", True)
    my_print("a", "b", sep="-")
    my_print()
    print(count_many(5, 12, True))
