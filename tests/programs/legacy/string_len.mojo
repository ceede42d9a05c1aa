# VERIFIED-WITH: mojo 0.25.6
fn main():
    var s = String("hello")
    print(len(s))
    print(len(""))
    var t = s + " world"
    print(len(t), t)
    print(s < t, s == "hello")
