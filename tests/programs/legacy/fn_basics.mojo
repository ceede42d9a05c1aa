# VERIFIED-WITH: mojo 0.25.6
fn add(a: Int, b: Int) -> Int:
    return a + b

fn greet(name: String) -> String:
    return "Hello, " + name

fn main():
    print(add(2, 3))
    print(greet("legacy"))
    var x: Int = 10
    x += add(x, 1)
    print(x)
