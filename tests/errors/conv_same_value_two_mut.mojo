def swap(mut a: Int, mut b: Int):
    var t = a
    a = b
    b = t

def main():
    var x = 1
    swap(x, x)
    print(x)
# ERROR: 8:9 E0315 aliasing values passed mutably
# MOJO: aliasing values passed mutably to 'a' argument and passed mutably to 'b' argument in 'swap' call
# VERIFIED-WITH: mojo 1.2.0
