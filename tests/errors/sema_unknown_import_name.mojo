from std.math import no_such_function

def main():
    pass
# ERROR: 1:22 E0304 module has no such declaration
# VERIFIED-WITH: mojo 1.2.0
