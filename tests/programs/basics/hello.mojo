# VERIFIED-WITH: mojo 1.2.0
def main():
    print("Hello, world!")
    print("second line")
