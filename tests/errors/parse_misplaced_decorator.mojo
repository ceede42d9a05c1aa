@always_inline
var x = 1

def main():
    pass
# ERROR: 2:1 E0208 after the decorator
# VERIFIED-WITH: mojo 1.2.0
