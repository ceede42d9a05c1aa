def main():
    var x = 1
    print(x())
# ERROR: 3:12 E0405 value is not callable
# VERIFIED-WITH: mojo 1.2.0
