# VERIFIED-WITH: mojo 1.2.0
def main():
    var a = 7
    var b = 2
    print(a // b, (-a) // b, a // (-b), (-a) // (-b))
    var c = 6
    var d = 3
    print(c // d, (-c) // d, c // (-d), (-c) // (-d))
    var z = 0
    print(z // 5, z // (-5))
    print(1 // 3, -1 // 3)
