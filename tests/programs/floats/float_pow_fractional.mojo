# VERIFIED-WITH: mojo 1.2.0
# Mojo's Float64 `**` with a non-integer exponent is NOT correctly rounded
# (2.0 ** 0.5 != sqrt(2) in the last digits); this pins real Mojo's result.
def main():
    var x = 2.0
    var y = 0.5
    print(x ** y)
    print(2.0 ** 1.5)
    var nine = 9.0
    print(nine ** y)
