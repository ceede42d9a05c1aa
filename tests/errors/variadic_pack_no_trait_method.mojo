def total[*Ts: Writable](*args: *Ts) -> Int:
    var s = 0
    comptime for i in range(args.__len__()):
        s += Int(args[i])
    return s

def main():
    print(total(1, 2))
# ERROR: 4:17 E0503 no matching function in initialization
# MOJO: no matching function in initialization
# VERIFIED-WITH: mojo 1.2.0
