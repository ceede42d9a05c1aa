@fieldwise_init
struct Acc:
    var total: Int

def add_into(mut dst: Acc, src: Acc):
    dst.total += src.total

def main():
    var a = Acc(5)
    add_into(a, a)
    print(a.total)
# ERROR: 10:13 E0315 aliasing values passed mutably
# MOJO: aliasing values passed mutably to 'dst' argument and passed immutably to 'src' argument in 'add_into' call
# VERIFIED-WITH: mojo 1.2.0
