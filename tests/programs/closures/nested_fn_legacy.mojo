# Legacy nested fns: a non-capturing helper, and a @parameter closure that reads and mutates outer vars by reference.
# ERA: legacy
# VERIFIED-WITH: mojo 0.25.6
fn outer(n: Int) -> Int:
    fn square(x: Int) -> Int:
        return x * x

    return square(n) + square(n + 1)

fn main():
    print(outer(2))
    var count = 0
    var step = 2

    @parameter
    fn bump():
        count += step

    bump()
    bump()
    print(count)
    step = 10
    bump()
    print(count, step)
