def main():
    var x = 1
    var y = x[0
    print(y)
# ERROR: 3:14 E0107 was never closed
# VERIFIED-WITH: mojo 1.2.0
