# Int(String) and atol parse integers; atol takes a base, and base 0 reads a 0x prefix. Both raise.
# VERIFIED-WITH: mojo 1.2.0
def main() raises:
    print(Int("12") + 1)
    print(atol("-34"))
    print(atol("  42  "))
    print(atol("1_000"))
    print(atol("ff", 16), atol("0x1f", 0), atol("101", 2))
