def main():
    var if = 3
    print(1)
# ERROR: 2:9 E0201 expected
# VERIFIED-WITH: mojo 1.2.0
