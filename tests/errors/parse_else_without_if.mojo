def main():
    var x = 1
    else:
        print(x)
# ERROR: 3:5 E0201 expected
# VERIFIED-WITH: mojo 1.2.0
