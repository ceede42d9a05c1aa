# Legacy edition: `constrained` inside a generic fn fails only for the instantiation that violates it.
# ERA: legacy
fn lanes[n: Int]() -> Int:
    constrained[n > 0, "n must be positive"]()
    return 8 // n

fn main():
    print(lanes[2]())
    print(lanes[0]())
# ERROR: 9:19 E0702 constraint failed: n must be positive
# MOJO: call expansion failed
# MOJO-NOTE: constraint failed: n must be positive
# (0.25.6 prints its first error line in stdlib _startup.mojo; 9:19 is the first location in this file)
# VERIFIED-WITH: mojo 0.25.6
