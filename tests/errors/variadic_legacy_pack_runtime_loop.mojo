# ERA: legacy
fn show[*Ts: Writable](*args: *Ts):
    for i in range(args.__len__()):
        print(args[i])

fn main():
    show(1, "a")
# ERROR: 4:20 E0701 cannot use a dynamic value in call parameter
# MOJO: cannot use a dynamic value in call parameter
# VERIFIED-WITH: mojo 0.25.6
