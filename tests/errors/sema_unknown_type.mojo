def show(x: Foo):
    pass

def main():
    pass
# ERROR: 1:13 E0402 use of unknown type
# VERIFIED-WITH: mojo 1.2.0
