# VERIFIED-WITH: mojo 1.2.0
def main():
    var two = 2.0
    print(two ** 3.0, two ** -2.0)
    var three = 3
    print(two ** three, 0.5 ** 3)
    print(10.0 ** 3, 1.5 ** 2)
