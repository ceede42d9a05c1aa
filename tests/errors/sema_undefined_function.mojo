def main():
    print(compute(3))
# ERROR: 2:11 E0301 use of unknown declaration
# VERIFIED-WITH: mojo 1.2.0
