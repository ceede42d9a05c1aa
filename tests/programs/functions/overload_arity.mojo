# VERIFIED-WITH: mojo 1.2.0
def area(side: Int) -> Int:
    return side * side

def area(w: Int, h: Int) -> Int:
    return w * h

def area(w: Int, h: Int, d: Int) -> Int:
    return w * h * d

def main():
    print(area(4))
    print(area(3, 5))
    print(area(2, 3, 4))
