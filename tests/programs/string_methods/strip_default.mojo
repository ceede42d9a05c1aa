# strip/lstrip/rstrip with no argument remove surrounding whitespace.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var s = String(" \t hi there \n ")
    print("[" + s.strip() + "]")
    print("[" + s.lstrip() + "]")
    print("[" + s.rstrip() + "]")
    print("[" + String("   ").strip() + "]")
    print("[" + String("x").strip() + "]")
