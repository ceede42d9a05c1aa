# VERIFIED-WITH: mojo 1.2.0
from strutil import bracket, repeat
from mathutil import add

def main():
    print(bracket(String(add(40, 2))))
    print(repeat(bracket("o"), n=3))
