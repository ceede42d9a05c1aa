# MODULE
comptime SCALE = 100

def add(a: Int, b: Int) -> Int:
    return a + b

def mul(a: Int, b: Int) -> Int:
    return a * b

def safe_div(a: Int, b: Int) raises -> Int:
    if b == 0:
        raise Error("division by zero in mathutil")
    return a // b
