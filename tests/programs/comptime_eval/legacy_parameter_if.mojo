# Legacy edition: `@parameter if` discards the not-taken branch, so a `constrained[False, ...]()` there never fires; recursion stops at the base case.
# VERIFIED-WITH: mojo 0.25.6
# ERA: legacy
fn checked_div[d: Int](x: Int) -> Int:
    @parameter
    if d == 0:
        constrained[False, "division by zero parameter"]()
        return 0
    else:
        return x // d

fn factorial[n: Int]() -> Int:
    @parameter
    if n <= 1:
        return 1
    else:
        return n * factorial[n - 1]()

fn kind[dt: DType]() -> String:
    @parameter
    if dt == DType.float32 or dt == DType.float64:
        return "float"
    elif dt == DType.bool:
        return "bool"
    else:
        return "integer"

fn main():
    print(checked_div[4](17))
    print(factorial[10]())
    print(kind[DType.float32](), kind[DType.bool](), kind[DType.uint8]())
