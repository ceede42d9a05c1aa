# `comptime assert` is a statement: it is rejected at file scope.
comptime WIDTH = 8
comptime assert WIDTH % 4 == 0, "WIDTH must be a multiple of 4"

def main():
    print(WIDTH)
# ERROR: 3:1 E0206 must be inside a function
# MOJO: 'comptime assert' must be inside a function; move this into a function body
# VERIFIED-WITH: mojo 1.2.0
