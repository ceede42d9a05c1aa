# VERIFIED-WITH: mojo 1.2.0
def box(width: Int, height: Int, depth: Int = 1) -> Int:
    print("w", width, "h", height, "d", depth)
    return width * height * depth

def main():
    print(box(2, 3))
    print(box(height=4, width=5))
    print(box(1, depth=7, height=2))
    print(box(width=2, height=2, depth=2))
