def main():
    print((1 + 2])
# ERROR: 2:17 E0108 unmatched
# VERIFIED-WITH: mojo 1.2.0
