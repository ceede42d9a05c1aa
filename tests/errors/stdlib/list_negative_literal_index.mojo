def main():
    var xs: List[Int] = [1, 2, 3]
    print(xs[-1])
# ERROR: 3:13 E0702 negative indexing is not supported, use e.g. `x[len(x) - 1]`
# MOJO: 1:5: function instantiation failed
# MOJO-NOTE: 3:13: call expansion failed with parameter value(s): (..., ...)
# MOJO-NOTE: constraint failed: negative indexing is not supported, use e.g. `x[len(x) - 1]`
# VERIFIED-WITH: mojo 1.2.0
