#!/usr/bin/env python3
"""Writes the word-frequency benchmark's input text, deterministically.

    /usr/bin/python3 bench/wordfreq/gen_text.py [OUT] [--mb 10] [--vocab 50000]

OUT defaults to /tmp/mojoc-wordfreq.txt. The text is lowercase ASCII words separated by single
spaces, 4-19 words per line, each line ending in '\\n', about `--mb` megabytes (10**6 bytes).

Words come from a synthetic vocabulary of `--vocab` distinct words (2 to 32 letters, built from
syllables; frequent words tend to be short, as in real text, and about 4% are long compounds) and are drawn with a Zipf-like law
(weight of rank r = 1 / (r + 2.7)). With the defaults almost every vocabulary word occurs, so the
counting map ends up with about 50k keys.

All randomness comes from the 64-bit LCG below (Knuth's MMIX constants) and the sampling uses only
integer and IEEE-754 double arithmetic, so every Python 3 version (CPython or PyPy) writes the
same bytes. Python's `random` module is not used.
"""
import argparse
import bisect
import sys

MASK64 = (1 << 64) - 1


class Lcg:
    def __init__(self, seed):
        self.state = seed & MASK64

    def next_u32(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & MASK64
        return self.state >> 32  # the high half: the low bits of an LCG are poor

    def below(self, n):
        return self.next_u32() % n  # n is small against 2**32, so the bias is negligible

    def uniform(self):  # in [0, 1), 53 random bits
        hi = self.next_u32() >> 5
        lo = self.next_u32() >> 6
        return (hi * 67108864 + lo) / 9007199254740992.0


ONSETS = ["", "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v",
          "w", "y", "z", "br", "ch", "cr", "dr", "fl", "gr", "pl", "qu", "sh", "st", "th", "tr"]
VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "ee", "io", "ou", "y"]
CODAS = ["", "", "", "n", "r", "s", "t", "l", "m", "ck", "nd", "ng", "st", "x"]


def make_vocab(rng, n):
    """n distinct words; rank 0 is the most frequent."""
    words = []
    seen = set()
    while len(words) < n:
        rank = len(words)
        # frequent words are short: the target length grows with log2(rank) / 3
        target = 1 + rng.below(4) + rank.bit_length() // 3 + rng.below(3)
        if rng.below(25) == 0:  # a few long compounds, past std::string's 15-byte SSO
            target += 8 + rng.below(12)
        w = ""
        while len(w) < target:
            w += ONSETS[rng.below(len(ONSETS))] + VOWELS[rng.below(len(VOWELS))]
            if rng.below(3) == 0:
                w += CODAS[rng.below(len(CODAS))]
        w = w[:32]
        if w not in seen:
            seen.add(w)
            words.append(w)
    return words


def generate(out, megabytes, vocab_size, seed):
    rng = Lcg(seed)
    words = make_vocab(rng, vocab_size)
    cum = []
    total = 0.0
    for r in range(vocab_size):
        total += 1.0 / (r + 2.7)
        cum.append(total)
    target = int(megabytes * 1_000_000)
    size = 0
    lines = []
    while size < target:
        k = 4 + rng.below(16)
        line = " ".join(words[min(bisect.bisect_right(cum, rng.uniform() * total), vocab_size - 1)]
                        for _ in range(k)) + "\n"
        lines.append(line)
        size += len(line)
    data = "".join(lines).encode("ascii")
    with open(out, "wb") as f:
        f.write(data)
    return len(data)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", nargs="?", default="/tmp/mojoc-wordfreq.txt")
    ap.add_argument("--mb", type=float, default=10.0, help="size in MB (10**6 bytes), default 10")
    ap.add_argument("--vocab", type=int, default=50000, help="vocabulary size, default 50000")
    ap.add_argument("--seed", type=int, default=20261126)
    a = ap.parse_args()
    n = generate(a.out, a.mb, a.vocab, a.seed)
    print(f"gen_text: wrote {n} bytes to {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
