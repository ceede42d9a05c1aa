# Iterating a Dict directly, or d.keys(), yields keys in insertion order; reversed(d) goes backwards.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var d: Dict[String, Int] = {"x": 1, "y": 2, "z": 3}
    for k in d:
        print(k, end=" ")
    print()
    for k in d.keys():
        print(k, end=" ")
    print()
    for k in reversed(d):
        print(k, end=" ")
    print()
