struct Point:
    var x: Int

def main():
    print(1)
# Valid Mojo (compiles with mojo 1.2.0); mojoc must reject it as not supported yet.
# ERROR: 1:1 E0901 not supported yet
# VERIFIED-WITH: mojo 1.2.0
