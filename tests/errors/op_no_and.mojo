@fieldwise_init
struct V:
    var x: Int

def main():
    var a = V(6)
    var b = a & V(3)
    print(b.x)
# ERROR: 7:15 E0403 does not implement the '__and__' method
# MOJO: 'V' does not implement the '__and__' method
# VERIFIED-WITH: mojo 1.2.0
