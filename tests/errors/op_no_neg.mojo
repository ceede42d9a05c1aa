@fieldwise_init
struct V:
    var x: Int

def main():
    var a = V(1)
    var b = -a
    print(b.x)
# ERROR: 7:13 E0404 does not implement the '__neg__' method
# MOJO: 'V' does not implement the '__neg__' method
# VERIFIED-WITH: mojo 1.2.0
