# ERA: legacy
fn total(*values: Int) -> Int:
    var s = 0
    for v in values:
        s += v
    return s

fn forward(*values: Int) -> Int:
    return total(*values)

fn main():
    print(forward(1, 2, 3))
# ERROR: 9:18 E0901 unpacked arguments are not supported yet
# MOJO: unpacked arguments are not supported yet
# VERIFIED-WITH: mojo 0.25.6
