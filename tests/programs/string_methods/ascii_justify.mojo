# ascii_ljust/ascii_rjust/ascii_center pad to a width with spaces or a fill character.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var s = String("ab")
    print("[" + s.ascii_ljust(5) + "]")
    print("[" + s.ascii_rjust(5) + "]")
    print("[" + s.ascii_center(6, "*") + "]")
    print("[" + s.ascii_ljust(5, ".") + "]")
    print("[" + s.ascii_rjust(1) + "]")
