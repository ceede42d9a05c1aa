# VERIFIED-WITH: mojo 0.25.6
fn main():
    var s = String("")
    for i in range(4):
        s += String(i * i)
        s += ";"
    print(s, len(s))
    print(String(3.5) + "|" + String(True))
    print("abc" < "abd", String("x") == "x")
