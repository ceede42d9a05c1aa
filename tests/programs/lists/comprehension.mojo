# List comprehensions with a transform, a filter, and over another list.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var sq = [x * x for x in range(5)]
    print(sq)
    print([x for x in range(10) if x % 3 == 0])
    var words: List[String] = ["hi", "there"]
    var lens = [w.byte_length() for w in words]
    print(lens)
    print([String(i) + "!" for i in range(3)])
