# Legacy `fn(Int) capturing -> Int` compile-time parameters: @parameter closures see later mutation of captures.
# ERA: legacy
# VERIFIED-WITH: mojo 0.25.6
fn apply[f: fn(Int) capturing -> Int](x: Int) -> Int:
    return f(x)

fn each[f: fn(Int) capturing -> None](n: Int):
    for i in range(n):
        f(i)

fn main():
    var k = 3

    @parameter
    fn addk(x: Int) -> Int:
        return x + k

    print(apply[addk](5), k)
    k = 10
    print(apply[addk](5))
    var total = 0

    @parameter
    fn add(i: Int):
        total += i * k

    each[add](4)
    print(total, k)
