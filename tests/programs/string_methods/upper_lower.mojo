# upper() and lower() change case, including non-ASCII letters such as é.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var s = String("Hello, World 42")
    print(s.upper())
    print(s.lower())
    print(String("héllo").upper())
    print(String("ÉCOLE").lower())
    print(s)
