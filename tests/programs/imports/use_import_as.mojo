# VERIFIED-WITH: mojo 1.2.0
import strutil as su
from mathutil import add as plus

def main():
    print(su.bracket("x"))
    print(su.repeat("ab"), su.repeat("-", 5))
    print(plus(1, 1))
