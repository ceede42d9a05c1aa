@fieldwise_init
struct V:
    var x: Int

def main():
    var a = V(3)
    for i in a:
        print(i)
# ERROR: 7:14 E0403 does not implement the '__iter__' method
# MOJO: 'V' does not implement the '__iter__' method
# VERIFIED-WITH: mojo 1.2.0
