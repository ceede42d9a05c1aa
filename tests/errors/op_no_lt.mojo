@fieldwise_init
struct V:
    var x: Int

def main():
    var a = V(1)
    var b = V(2)
    if a < b:
        print("less")
# ERROR: 8:10 E0403 does not implement the '__lt__' method
# MOJO: 'V' does not implement the '__lt__' method
# VERIFIED-WITH: mojo 1.2.0
