@fieldwise_init
struct V:
    var x: Int

def main():
    var a = V(1)
    print(a(2))
# ERROR: 7:12 E0405 does not implement the '__call__' method
# MOJO: 'V' does not implement the '__call__' method
# VERIFIED-WITH: mojo 1.2.0
