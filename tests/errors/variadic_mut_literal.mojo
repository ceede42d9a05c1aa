def bump_all(mut *values: Int):
    for ref v in values:
        v += 1

def main():
    bump_all(1, 2)
# ERROR: 6:14 E0309 passed to mutable argument 'values' must be mutable
# MOJO: invalid call to 'bump_all': value passed to mutable argument 'values' must be mutable
# VERIFIED-WITH: mojo 1.2.0
