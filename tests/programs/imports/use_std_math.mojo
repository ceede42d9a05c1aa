# VERIFIED-WITH: mojo 1.2.0
from std.math import sqrt, floor, ceil

def main():
    print(sqrt(16.0), sqrt(2.0))
    print(floor(2.7), ceil(2.1), floor(-2.5))
