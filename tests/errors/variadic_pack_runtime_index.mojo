def show[*Ts: Writable](*args: *Ts):
    for i in range(args.__len__()):
        print(args[i])

def main():
    show(1, "a")
# ERROR: 3:20 E0701 cannot use a dynamic value in type parameter
# MOJO: cannot use a dynamic value in type parameter
# VERIFIED-WITH: mojo 1.2.0
