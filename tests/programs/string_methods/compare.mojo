# String comparison operators are lexicographic by bytes; literals compare with Strings.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var a = String("apple")
    var b = String("banana")
    print(a == "apple", a != "apple")
    print(a < b, a <= b, a > b, a >= b)
    print(String("abc") < String("abd"), String("ab") < String("abc"))
    print(String("Z") < String("a"), String("") < String("a"))
    print(String("same") == String("same"), String("same") >= String("same"))
