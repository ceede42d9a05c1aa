# A closure reads a function-local comptime value (no capture needed: it is a compile-time constant).
# VERIFIED-WITH: mojo 1.2.0
def main():
    comptime local = 5
    comptime name = "five"

    def f() {}:
        print(local, name)

    f()
