@fieldwise_init
struct V:
    var x: Int

def main():
    var a = V(1)
    if a:
        print("truthy")
# ERROR: 7:8 E0403 does not implement the '__bool__' method
# MOJO: 'V' does not implement the '__bool__' method
# VERIFIED-WITH: mojo 1.2.0
