def zero_first(*values: Int):
    values[0] = 0

def main():
    zero_first(1, 2)
# ERROR: 2:11 E0309 must be mutable in assignment
# MOJO: expression must be mutable in assignment
# VERIFIED-WITH: mojo 1.2.0
