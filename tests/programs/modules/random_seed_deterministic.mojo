# After seed(n) the random sequence repeats: two runs with the same seed in one program agree.
# VERIFIED-WITH: mojo 1.2.0
from std.random import seed, random_float64, random_si64, random_ui64

def main():
    seed(42)
    var a = random_float64()
    var b = random_si64(0, 1000)
    var c = random_ui64(0, 1000)
    seed(42)
    var a2 = random_float64()
    var b2 = random_si64(0, 1000)
    var c2 = random_ui64(0, 1000)
    print(a == a2, b == b2, c == c2)
