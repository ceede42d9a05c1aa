def risky() raises:
    raise Error("x")

def safe():
    risky()

def main():
    safe()
# ERROR: 5:10 E0507 cannot call function that may raise in a context that cannot raise
# VERIFIED-WITH: mojo 1.2.0
