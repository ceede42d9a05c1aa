from std.collections import Counter

def main():
    var c = Counter[String]()
    c["a"] += 1
    for e in c.most_common(1):
        print(e)
# ERROR: 7:15 E0316 does not conform to trait 'Writable'
# MOJO: 7:15: invalid call to 'print': an element of 'values' with type '_ListIterOwned[CountTuple[String]].Element' does not conform to trait 'Writable'; either prove the conformance with 'conforms_to', or add conformance
# VERIFIED-WITH: mojo 1.2.0
