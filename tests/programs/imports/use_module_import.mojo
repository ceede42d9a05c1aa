# VERIFIED-WITH: mojo 1.2.0
import mathutil

def main():
    print(mathutil.add(10, 20))
    print(mathutil.mul(6, 7))
    print(mathutil.SCALE)
