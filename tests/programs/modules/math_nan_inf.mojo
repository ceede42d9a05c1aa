# inf[DType.float64]() and nan[...]() print as inf/-inf/nan; isnan/isinf/isfinite classify; nan != nan.
# VERIFIED-WITH: mojo 1.2.0
from std.math import inf, nan, isnan, isinf, isfinite

def main():
    var i = inf[DType.float64]()
    var n = nan[DType.float64]()
    print(i, -i, n)
    print(isnan(n), isnan(1.0), isinf(i), isinf(-i), isinf(1.0))
    print(isfinite(1.0), isfinite(i), isfinite(n))
    print(n == n, n != n, i > 1e308)
