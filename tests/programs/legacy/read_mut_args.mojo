# VERIFIED-WITH: mojo 0.25.6
fn show(read x: Int):
    print("value", x)

fn incr(mut x: Int):
    x += 1

fn main():
    var n = 41
    incr(n)
    show(n)
    incr(n)
    incr(n)
    show(n)
