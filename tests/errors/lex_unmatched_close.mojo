def main():
    print(1))
# ERROR: 2:13 E0108 unmatched
# VERIFIED-WITH: mojo 1.2.0
