# A generic body may only use operations provided by the bound: Writable has no `<`.
def smaller[T: Writable & Copyable](a: T, b: T) -> T:
    if a < b:
        return a.copy()
    return b.copy()

def main():
    print(smaller(1, 2))
# ERROR: 3:10 E0319 does not implement the '__lt__' method
# MOJO: 'T' does not implement the '__lt__' method
# VERIFIED-WITH: mojo 1.2.0
