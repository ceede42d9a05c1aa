# `comptime for` needs a compile-time range; a function argument is a runtime value.
def count(n: Int):
    comptime for i in range(n):
        print(i)

def main():
    count(3)
# ERROR: 3:29 E0701 cannot use a dynamic value in 'comptime for'
# MOJO: cannot use a dynamic value in 'comptime for' sequence initializer
# VERIFIED-WITH: mojo 1.2.0
