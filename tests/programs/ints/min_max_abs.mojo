# VERIFIED-WITH: mojo 1.2.0
def main():
    print(min(3, 7), max(3, 7))
    print(min(-2, -9), max(-2, -9))
    print(abs(-5), abs(5), abs(0))
    print(min(1.5, 0.5), max(1.5, 0.5), abs(-2.25))
