# `with` consumes its manager: a variable holding one is passed with `^`
# (or must be copyable). __enter__ and __exit__ may take `mut self`.
struct Counter:
    var depth: Int

    def __init__(out self, start: Int):
        self.depth = start

    def __enter__(mut self) -> Int:
        self.depth += 1
        print("enter", self.depth)
        return self.depth * 100

    def __exit__(mut self):
        self.depth -= 1
        print("exit", self.depth)

def main():
    var c = Counter(5)
    with c^ as v:
        print("value", v)
    with Counter(0) as w:
        print("value", w)
# VERIFIED-WITH: mojo 1.2.0
