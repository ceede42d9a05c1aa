"""Word frequency, the same algorithm as wordfreq.mojo, for CPython and PyPy.

    /usr/bin/python3 bench/wordfreq/wordfreq.py /tmp/mojoc-wordfreq.txt
    pypy3 bench/wordfreq/wordfreq.py /tmp/mojoc-wordfreq.txt

Prints the number of distinct words, the number of words, the 10 most frequent words (ties: word
ascending) as `word count` lines, then `time_ms: T` for the kernel (read + split + count + top 10).
"""
import sys
import time


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "/tmp/mojoc-wordfreq.txt"

    start = time.perf_counter_ns()
    with open(path, "r") as f:
        text = f.read()

    counts = {}
    total = 0
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
        total += 1

    top = sorted(counts.items(), key=lambda e: (-e[1], e[0]))[:10]
    elapsed_ns = time.perf_counter_ns() - start

    print("distinct:", len(counts))
    print("total:", total)
    for word, count in top:
        print(word, count)
    print("time_ms:", elapsed_ns / 1e6)


if __name__ == "__main__":
    main()
