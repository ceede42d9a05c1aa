# String concatenation with `+` and `+=`, mixing String values and string literals.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var a = String("foo")
    var b = "bar"
    var c = a + b
    print(c)
    print(a + "-" + b + "!")
    var acc = String()
    for i in range(3):
        acc += String(i)
        acc += ","
    print(acc)
    acc += b
    print(acc, acc.byte_length())
    print("lit" + "eral")
