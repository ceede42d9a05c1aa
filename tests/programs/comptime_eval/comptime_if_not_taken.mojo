# `comptime if` discards the not-taken branch: a `comptime assert False` there never fires, and recursion on a parameter stops at the base case.
# VERIFIED-WITH: mojo 1.2.0
def checked_div[d: Int](x: Int) -> Int:
    comptime if d == 0:
        comptime assert False, "division by zero parameter"
    else:
        return x // d

def factorial[n: Int]() -> Int:
    comptime if n <= 1:
        return 1
    else:
        return n * factorial[n - 1]()

def sign_name[n: Int]() -> String:
    comptime if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    else:
        return "positive"

def main():
    print(checked_div[4](17))
    print(checked_div[-3](9))
    print(factorial[10]())
    print(factorial[1]())
    print(sign_name[-5](), sign_name[0](), sign_name[8]())
