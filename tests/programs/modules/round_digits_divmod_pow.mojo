# round(x, ndigits) ties to even at the scaled position; divmod floors like // and %; pow(a, b) is a ** b.
# VERIFIED-WITH: mojo 1.2.0
def main():
    print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1234.5, -1), round(1235.0, -1), round(-2.5, 0))
    print(round(1.0000005, 6), round(123.456, -2), round(Float32(2.5), 0), round(0.1 + 0.2, 15))
    print(divmod(-7, 3), divmod(7, -3), pow(2.0, 0.5), pow(2, 62))
