# Tuples compare with == and lexicographic <.
# VERIFIED-WITH: mojo 1.2.0
def main():
    print((1, 2) == (1, 2), (1, 2) != (1, 3))
    print((1, 2) < (1, 3), (2, 0) < (1, 9), (1, 2) < (1, 2))
