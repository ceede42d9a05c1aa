# t-strings t"...{expr}..." interpolate expressions when printed or converted with String().
# VERIFIED-WITH: mojo 1.2.0
def main():
    var name = "Bob"
    var n = 3
    print(t"hi {name}, n+1={n + 1}")
    var s = String(t"x={n}")
    print(s, s.byte_length())
    print(t"{{braces}} {n * 2}")
    var items: List[Int] = [1, 2]
    print(t"items={items}")
