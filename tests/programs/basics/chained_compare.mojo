# VERIFIED-WITH: mojo 1.2.0
def main():
    var a = 1
    var b = 2
    var c = 3
    print(a < b < c)
    print(a < b > c)
    print(a <= 1 <= b)
    print(c > b > a > 0)
    print(a == 1 == 1)
    print(1 < 2 < 3 < 4 < 5)
    print(5 > 4 >= 4 > 3)
    print(0 < a < 1)
