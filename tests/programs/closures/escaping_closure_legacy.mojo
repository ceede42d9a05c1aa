# Legacy runtime closures (no @parameter) capture by copy at definition and pass as `fn(Int) escaping -> Int`.
# ERA: legacy
# VERIFIED-WITH: mojo 0.25.6
fn call_twice(f: fn(Int) escaping -> Int, x: Int) -> Int:
    return f(f(x))

fn main():
    var k = 10

    fn addk(x: Int) -> Int:
        return x + k

    print(addk(1))
    k = 20
    print(addk(1), k)
    print(call_twice(addk, 0))
    var count = 0

    fn bump():
        count += 1

    bump()
    bump()
    print(count)
