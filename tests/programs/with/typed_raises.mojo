# Typed raises: `def f() raises MyError` raises a struct, and the except
# binding has that struct type.
@fieldwise_init
struct RangeError(Writable):
    var value: Int
    var msg: String

    def write_to(self, mut writer: Some[Writer]):
        writer.write("RangeError(", self.value, "): ", self.msg)

def checked_digit(n: Int) raises RangeError -> Int:
    if n < 0 or n > 9:
        raise RangeError(n, "not a digit")
    return n

def main():
    try:
        print(checked_digit(4) * 10 + checked_digit(2))
        print(checked_digit(12))
        print("not reached")
    except e:
        print("value", e.value, e.msg)
        print(e)
    print("done")
# VERIFIED-WITH: mojo 1.2.0
