struct Acc:
    var total: Int

    def __init__(out self, t: Int):
        self.total = t

    def absorb(mut self, mut other: Acc):
        self.total += other.total
        other.total = 0

def main():
    var a = Acc(5)
    a.absorb(a)
    print(a.total)
# ERROR: 13:13 E0315 aliasing values passed mutably
# MOJO: aliasing values passed mutably to 'self' argument and passed mutably to 'other' argument in 'absorb' call
# VERIFIED-WITH: mojo 1.2.0
