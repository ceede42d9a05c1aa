# VERIFIED-WITH: mojo 0.25.6
fn kind(x: Int) -> String:
    return "Int"

fn kind(x: Float64) -> String:
    return "Float64"

fn kind(x: String) -> String:
    return "String"

fn main():
    print(kind(1), kind(1.5), kind(String("s")))
    var i = 3
    print(kind(i), kind(Float64(i)))
