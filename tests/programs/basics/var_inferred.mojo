# VERIFIED-WITH: mojo 1.2.0
def main():
    var a = 5
    var b = 2.5
    var c = True
    var s = "text"
    print(a, b, c, s)
    a = a + 10
    b = b * 2
    c = not c
    s = s + "!"
    print(a, b, c, s)
