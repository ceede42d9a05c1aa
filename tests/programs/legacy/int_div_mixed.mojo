# VERIFIED-WITH: mojo 0.25.6
# Legacy Int / Int is Float64 and can be mixed with floats directly.
fn average(a: Int, b: Int) -> Float64:
    return (a + b) / 2

fn main():
    print(average(3, 4), average(2, 2), average(-1, -2))
    var n = 10
    var d = 4
    var r = n / d
    print(r, r * 2)
    print(n / d == 2.5)
