# Legacy @__copy_capture(k): the @parameter closure copies k at definition, other captures stay by reference.
# ERA: legacy
# VERIFIED-WITH: mojo 0.25.6
fn apply[f: fn(Int) capturing -> Int](x: Int) -> Int:
    return f(x)

fn main():
    var k = 3
    var m = 100

    @parameter
    @__copy_capture(k)
    fn addk(x: Int) -> Int:
        return x + k + m

    print(addk(1))
    k = 50
    m = 200
    print(addk(1))
    print(apply[addk](2))
    print(k, m)
