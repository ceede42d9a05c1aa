struct Box[T: AnyType]:
    var n: Int

def main():
    print(1)
# Valid Mojo (compiles with mojo 1.2.0); mojoc must reject it as not supported yet.
# ERROR: 1:11 E0901 not supported yet
# VERIFIED-WITH: mojo 1.2.0
