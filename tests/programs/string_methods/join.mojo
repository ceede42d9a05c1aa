# sep.join(list) concatenates with the separator; works on Lists of Strings and of Ints.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var words: List[String] = ["x", "y", "z"]
    print(", ".join(words))
    print("".join(words))
    print("-".join(["solo"]))
    print("[" + ", ".join(List[String]()) + "]")
    print("+".join([1, 2, 3]))
    var sep = String(" | ")
    print(sep.join(words))
