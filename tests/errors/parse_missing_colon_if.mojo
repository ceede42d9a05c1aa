def main():
    var x = 3
    if x > 1
        print(x)
# ERROR: 3:13 E0201 expected
# VERIFIED-WITH: mojo 1.2.0
