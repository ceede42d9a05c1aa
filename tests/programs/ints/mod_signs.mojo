# VERIFIED-WITH: mojo 1.2.0
def main():
    var a = 7
    var b = 3
    print(a % b, (-a) % b, a % (-b), (-a) % (-b))
    var c = 9
    print(c % 3, (-c) % 3, c % (-3))
    print(0 % 7, 5 % 10, -5 % 10)
