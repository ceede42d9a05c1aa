# VERIFIED-WITH: mojo 1.2.0
def main():
    print()
    print("after blank")
    print()
    print()
    print("end")
