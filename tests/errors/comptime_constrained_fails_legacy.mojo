# Legacy edition: a `constrained[False-valued cond, "msg"]()` in a non-generic function is rejected.
# ERA: legacy
alias N = 4

fn main():
    print(N)
    constrained[N > 10, "N is too small"]()
# ERROR: 7:42 E0702 constraint failed: N is too small
# MOJO: call expansion failed
# MOJO-NOTE: constraint failed: N is too small
# (0.25.6 prints its first error line in stdlib _startup.mojo; 7:42 is the first location in this file)
# VERIFIED-WITH: mojo 0.25.6
