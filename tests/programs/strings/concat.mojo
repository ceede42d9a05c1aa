# VERIFIED-WITH: mojo 1.2.0
def main():
    var a = "foo"
    var b = "bar"
    var c = a + b
    print(c)
    print(a + " " + b + "!")
    var s = String("")
    for i in range(5):
        s = s + String(i)
    print(s)
    s += "-end"
    print(s)
