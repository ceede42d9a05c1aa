def risky() raises -> Int:
    raise Error("x")

def main():
    print(risky())
# ERROR: 5:16 E0507 cannot call function that may raise in a context that cannot raise
# VERIFIED-WITH: mojo 1.2.0
