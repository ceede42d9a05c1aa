def main():
    var x: Int = "s"
    print(x)
# ERROR: 2:18 E0401 mismatched types
# VERIFIED-WITH: mojo 1.2.0
