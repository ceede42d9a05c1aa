def main():
    print(2.0 ** 0.5)
    print(2 ** 0.5)
# ERROR: 3:13 E0403 invalid operand types for '**'
# VERIFIED-WITH: mojo 1.2.0 (it rejects the same expression; its note points into the stdlib)
