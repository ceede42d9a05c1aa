# VERIFIED-WITH: mojo 1.2.0
def main():
    print("tab:\tend")
    print("quote: \" and 'single'")
    print('single-quoted "double"')
    print("backslash: \\")
    print("line1\nline2")
    print(String("\n\t").byte_length())
