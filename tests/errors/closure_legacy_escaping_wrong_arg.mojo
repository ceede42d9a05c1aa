# ERA: legacy
fn call_twice(f: fn(Int) escaping -> Int, x: Int) -> Int:
    return f(f(x))

fn main():
    var k = 5

    fn addk(x: Int) -> Int:
        return x + k

    print(call_twice(addk, "one"))
# ERROR: 11:21 E0401 cannot be converted from 'StringLiteral["one"]' to 'Int'
# MOJO: invalid call to 'call_twice': argument #1 cannot be converted from 'StringLiteral["one"]' to 'Int'
# VERIFIED-WITH: mojo 0.25.6
