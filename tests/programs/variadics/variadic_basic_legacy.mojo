# Legacy homogeneous variadics and variadic parameters: `*values: Int`, `mut *`, `[*values: Int]` with @parameter for.
# ERA: legacy
# VERIFIED-WITH: mojo 0.25.6
fn total(*values: Int) -> Int:
    var s = 0
    for v in values:
        s += v
    return s

fn bump_all(mut *values: Int):
    for i in range(len(values)):
        values[i] += 1

fn psum[*values: Int]() -> Int:
    var s = 0

    @parameter
    for i in range(len(VariadicList(values))):
        s += values[i]
    return s

fn main():
    print(total(1, 2, 3), total())
    var a = 10
    var b = 20
    bump_all(a, b)
    print(a, b)
    print(psum[1, 2, 3, 4]())
    alias N = psum[5, 5]()
    print(N)
