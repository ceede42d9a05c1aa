@fieldwise_init
struct V:
    var x: Int

def main():
    var a = V(1)
    var b = V(2)
    print(a == b)
# ERROR: 8:13 E0403 does not implement the '__eq__' method
# MOJO: 'V' does not implement the '__eq__' method
# VERIFIED-WITH: mojo 1.2.0
