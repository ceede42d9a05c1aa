# Legacy edition: `@parameter for` over range(...) is unrolled; the loop variable is passed as a parameter, including in a nested loop.
# VERIFIED-WITH: mojo 0.25.6
# ERA: legacy
fn square[i: Int]() -> Int:
    return i * i

fn cell[r: Int, c: Int]() -> Int:
    return r * 10 + c

fn main():
    var total = 0
    @parameter
    for i in range(5):
        total += square[i]()
        print(i, square[i]())
    print("total", total)
    @parameter
    for r in range(1, 4):
        @parameter
        for c in range(r):
            print(cell[r, c](), end=" ")
        print()
