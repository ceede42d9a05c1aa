# ERA: legacy
fn apply[f: fn(Int) -> Int](x: Int) -> Int:
    return f(x)

fn main():
    var k = 5

    @parameter
    fn addk(x: Int) -> Int:
        return x + k

    print(apply[addk](1))
# ERROR: 12:17 E0401 cannot pass 'fn(x: Int) capturing -> Int' value
# MOJO: cannot pass 'fn(x: Int) capturing -> Int' value, expected 'fn(Int) -> Int' in call parameter
# VERIFIED-WITH: mojo 0.25.6
