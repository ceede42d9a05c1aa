def f():
    raise Error("nope")

def main():
    f()
# ERROR: 2:5 E0508 cannot raise in a context that cannot raise
# VERIFIED-WITH: mojo 1.2.0
