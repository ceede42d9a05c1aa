# VERIFIED-WITH: mojo 1.2.0
def main():
    print(0x1F, 0o17, 0b1011)
    print(1_000_000)
    print(-0x10)
    print(0xFF + 1)
    print(9223372036854775807)
    print(-9223372036854775807 - 1)
