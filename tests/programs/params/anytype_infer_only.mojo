# `[T: AnyType, //, value: T]`: the type of a value parameter is inferred from the value; a trait bound on T lets the body use it.
# VERIFIED-WITH: mojo 1.2.0
def pick[T: AnyType, //, value: T, flag: Bool]() -> Int:
    comptime if flag:
        return 1
    else:
        return 0

def twice[T: Intable & ImplicitlyCopyable & Deinitable, //, value: T]() -> Int:
    return Int(value) * 2

def main():
    print(pick[3, True]())
    print(pick["abc", False]())
    print(pick[2.5, True]())
    print(twice[21]())
    print(twice[Int8(-4)]())
    print(twice[UInt32(50)]())
