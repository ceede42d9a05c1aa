# Dict comprehensions {k: v for ...}, with and without a filter.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var sq = {x: x * x for x in range(4)}
    print(sq)
    var words: List[String] = ["a", "bb", "ccc"]
    var lens = {w: w.byte_length() for w in words}
    print(lens)
    var evens = {x: String(x) for x in range(6) if x % 2 == 0}
    print(evens)
