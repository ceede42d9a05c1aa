# VERIFIED-WITH: mojo 1.2.0
def main():
    var a = "apple"
    var b = "banana"
    print(a == b, a != b, a < b, a > b)
    print(a == "apple", "apple" <= a, "apple" >= a)
    print("abc" < "abd", "ab" < "abc", "" < "a", "B" < "a")
    var c = String("app") + "le"
    print(c == a)
