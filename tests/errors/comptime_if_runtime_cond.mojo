# `comptime if` needs a compile-time condition; a runtime argument is rejected.
def sign(x: Int) -> Int:
    comptime if x > 0:
        return 1
    return 0

def main():
    print(sign(5))
# ERROR: 3:17 E0701 cannot use a dynamic value in 'comptime if'
# MOJO: cannot use a dynamic value in 'comptime if' condition
# VERIFIED-WITH: mojo 1.2.0
