# List[Int]() then append in a loop grows the list; len tracks it.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var xs = List[Int]()
    print(len(xs))
    for i in range(5):
        xs.append(i * i)
    print(len(xs), xs)
    var names = List[String]()
    names.append("ann")
    names.append(String("bob"))
    print(names)
