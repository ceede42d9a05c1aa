# Forwarding variadics: `*values` and a `*args: *Ts` pack are passed on to another variadic function.
# VERIFIED-WITH: mojo 1.2.0
def total(*values: Int) -> Int:
    var s = 0
    for v in values:
        s += v
    return s

def total_plus_one(*values: Int) -> Int:
    return total(*values) + 1

def show[*Ts: Writable](*args: *Ts):
    comptime for i in range(args.__len__()):
        print(args[i], end=" ")
    print("(" + String(args.__len__()) + ")")

def log[*Ts: Writable](level: String, *args: *Ts):
    print(level + ":", end=" ")
    show(*args)

def main():
    print(total_plus_one(1, 2, 3))
    print(total_plus_one())
    log("info", 1, "two", 3)
    log("warn")
