# Word frequency: counts the whitespace-separated words of a text file in a Dict[String, Int]
# and prints the number of distinct words, the number of words, and the 10 most frequent words
# (ties: word ascending), then `time_ms: T` for the kernel (read + split + count + top 10).
#
#     mojo run bench/wordfreq/wordfreq.mojo /tmp/mojoc-wordfreq.txt
#     build/transpiler/mojoc build bench/wordfreq/wordfreq.mojo -o wordfreq -O3
#
# Side by side with wordfreq.py (CPython, PyPy) and wordfreq.cpp; run all with
# `/usr/bin/python3 bench/wordfreq/run.py`.
from std.sys import argv
from std.time import perf_counter_ns


@fieldwise_init
struct Entry(Copyable, Movable):
    var word: String
    var count: Int


def ranks_before(a: Entry, b: Entry) -> Bool:
    """More frequent first; equal counts in word order."""
    if a.count != b.count:
        return a.count > b.count
    return a.word < b.word


def main() raises:
    var args = argv()
    var path = String("/tmp/mojoc-wordfreq.txt")
    if len(args) > 1:
        path = String(args[1])

    var start = perf_counter_ns()
    var text: String
    with open(path, "r") as f:
        text = f.read()

    var counts = Dict[String, Int]()
    var total = 0
    for w in text.split():
        var word = String(w)
        counts[word] = counts.get(word, 0) + 1
        total += 1

    # The 10 most frequent words, kept sorted by insertion.
    var top = List[Entry]()
    for e in counts.items():
        var cand = Entry(e.key, e.value)
        if len(top) == 10 and not ranks_before(cand, top[9]):
            continue
        var i = len(top)
        while i > 0 and ranks_before(cand, top[i - 1]):
            i -= 1
        top.insert(i, cand^)
        if len(top) > 10:
            _ = top.pop()
    var elapsed_ns = perf_counter_ns() - start

    print("distinct:", len(counts))
    print("total:", total)
    for e in top:
        print(e.word, e.count)
    print("time_ms:", Float64(elapsed_ns) / 1e6)
