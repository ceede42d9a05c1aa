# Nested `comptime for` loops: the inner range bound depends on the outer loop variable, and both feed parameters.
# VERIFIED-WITH: mojo 1.2.0
def cell[r: Int, c: Int]() -> Int:
    return r * 10 + c

def main():
    comptime for r in range(1, 4):
        comptime for c in range(r):
            print(cell[r, c](), end=" ")
        print()
    var count = 0
    comptime for a in range(3):
        comptime for b in range(3):
            comptime if a != b:
                count += 1
    print("pairs", count)
