def main():
    print(1))
# ERROR: 2:13 E0108 closing bracket does not match any open bracket
# VERIFIED-WITH: mojo 1.2.0
