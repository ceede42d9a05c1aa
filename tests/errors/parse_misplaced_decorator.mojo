@always_inline
var x = 1

def main():
    pass
# ERROR: 1:1 E0208 decorator must be followed by a function, struct or trait
# VERIFIED-WITH: mojo 1.2.0
