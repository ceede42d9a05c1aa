# ERA: legacy
fn swap(mut a: Int, mut b: Int):
    var t = a
    a = b
    b = t

fn main():
    var x = 1
    swap(x, x)
    print(x)
# ERROR: 9:9 E0315 aliased argument
# MOJO: argument of 'swap' call allows writing a memory location previously writable through another aliased argument
# VERIFIED-WITH: mojo 0.25.6
