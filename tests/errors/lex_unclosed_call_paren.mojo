def main():
    var x = 1
    print(x
# ERROR: 3:10 E0107 was never closed
# VERIFIED-WITH: mojo 1.2.0
