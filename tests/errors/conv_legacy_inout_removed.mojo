# ERA: legacy
fn bump(inout x: Int):
    x += 1

fn main():
    var a = 1
    bump(a)
    print(a)
# ERROR: 2:15 E0201 expected ')'
# MOJO: expected ')' in argument list
# VERIFIED-WITH: mojo 0.25.6
