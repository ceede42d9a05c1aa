@fieldwise_init
struct V:
    var x: Int

def main():
    var a = V(1)
    print(1 in a)
# ERROR: 7:13 E0403 does not implement the '__contains__' method
# MOJO: 'V' does not implement the '__contains__' method
# VERIFIED-WITH: mojo 1.2.0
