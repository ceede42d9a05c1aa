def main()
    print(1)
# ERROR: 1:11 E0201 expected
# VERIFIED-WITH: mojo 1.2.0
