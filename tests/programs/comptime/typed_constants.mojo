# VERIFIED-WITH: mojo 1.2.0
comptime LIMIT: Int = 5
comptime SCALE: Float64 = 2.5
comptime SMALL: Int8 = 100

def main():
    print(LIMIT * 2, SCALE * 2, SMALL + SMALL)
    var x: Int = LIMIT
    x += 1
    print(x, LIMIT)
