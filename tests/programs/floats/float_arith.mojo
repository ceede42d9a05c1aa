# VERIFIED-WITH: mojo 1.2.0
def main():
    var a = 7.5
    var b = 2.0
    print(a + b, a - b, a * b, a / b)
    print(a // b, a % b)
    print((-a) // b, (-a) % b)
    print(a // (-b), a % (-b))
    print(a ** 2, b ** 10, b ** -1)
    var z = 0.0
    print(a / z, -a / z)
