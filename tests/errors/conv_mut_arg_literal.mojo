def inc(mut x: Int):
    x += 1

def main():
    inc(5)
# ERROR: 5:9 E0309 passed to mutable argument 'x' must be mutable
# MOJO: invalid call to 'inc': value passed to mutable argument 'x' must be mutable
# VERIFIED-WITH: mojo 1.2.0
