# `comptime for` over range(...) is unrolled: the loop variable is a compile-time value usable as a parameter.
# VERIFIED-WITH: mojo 1.2.0
def square[i: Int]() -> Int:
    return i * i

def tag[i: Int]():
    comptime if i % 2 == 0:
        print(i, "even", square[i]())
    else:
        print(i, "odd", square[i]())

def main():
    comptime for i in range(5):
        tag[i]()
    var total = 0
    comptime for i in range(2, 10, 3):
        total += square[i]()
        print("step", i)
    print("total", total)
    comptime for j in range(3):
        comptime k = j * 10
        print(k, end=" ")
    print()
