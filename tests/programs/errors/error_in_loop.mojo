# VERIFIED-WITH: mojo 1.2.0
def parse_digit(x: Int) raises -> Int:
    if x < 0 or x > 9:
        raise Error("not a digit: " + String(x))
    return x

def main():
    var total = 0
    for v in range(-2, 13, 3):
        try:
            total += parse_digit(v)
            print("added", v)
        except e:
            print("skip:", e)
            continue
    print("total", total)
