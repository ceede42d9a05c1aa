# VERIFIED-WITH: mojo 1.2.0
def main():
    var a = 17
    var z = 0
    print(a // z)
    print(a % z)
    print((-a) // z, (-a) % z)
    var u: UInt = 5
    var uz: UInt = 0
    print(u // uz, u % uz)
