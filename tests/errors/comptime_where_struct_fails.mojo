# Instantiating a struct with a parameter value that violates its `where` clause is rejected.
struct Ring[size: Int] where size > 1:
    var pos: Int

    def __init__(out self):
        self.pos = 0

def main():
    var ok = Ring[4]()
    var bad = Ring[1]()
    print(ok.pos, bad.pos)
# ERROR: 10:19 E0703 violated constraint
# MOJO: violated constraint
# VERIFIED-WITH: mojo 1.2.0
