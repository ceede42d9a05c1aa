# Legacy edition: the taken branch of `@parameter if` is checked: `constrained[False]` there fires for that instantiation.
# ERA: legacy
fn checked_div[d: Int](x: Int) -> Int:
    @parameter
    if d == 0:
        constrained[False, "division by zero parameter"]()
        return 0
    else:
        return x // d

fn main():
    print(checked_div[2](9))
    print(checked_div[0](9))
# ERROR: 13:25 E0702 constraint failed: division by zero parameter
# MOJO: call expansion failed
# MOJO-NOTE: constraint failed: division by zero parameter
# (0.25.6 prints its first error line in stdlib _startup.mojo; 13:25 is the first location in this file)
# VERIFIED-WITH: mojo 0.25.6
