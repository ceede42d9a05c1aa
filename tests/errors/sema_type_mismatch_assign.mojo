def main():
    var x = 1
    x = "text"
    print(x)
# ERROR: 3:9 E0401 mismatched types
# VERIFIED-WITH: mojo 1.2.0
