# VERIFIED-WITH: mojo 1.2.0
def compute(x: Int) -> Int:
    try:
        if x > 0:
            return x * 10
        print("non-positive")
    finally:
        print("cleanup", x)
    return -1

def main():
    print(compute(3))
    print(compute(-3))
