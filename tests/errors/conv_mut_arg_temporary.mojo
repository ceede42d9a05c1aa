@fieldwise_init
struct Counter:
    var n: Int

def bump(mut c: Counter):
    c.n += 1

def main():
    bump(Counter(0))
# ERROR: 9:17 E0309 passed to mutable argument 'c' must be mutable
# MOJO: invalid call to 'bump': value passed to mutable argument 'c' must be mutable
# VERIFIED-WITH: mojo 1.2.0
