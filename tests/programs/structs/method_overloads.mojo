# Overloaded methods: same name, different argument types or counts.
struct Printer:
    var prefix: String

    def __init__(out self, prefix: String):
        self.prefix = prefix

    def put(self, v: Int):
        print(self.prefix, "int", v)

    def put(self, v: Float64):
        print(self.prefix, "float", v)

    def put(self, v: String):
        print(self.prefix, "str", v)

    def put(self, a: Int, b: Int):
        print(self.prefix, "pair", a, b)


def main():
    var p = Printer(">")
    p.put(3)
    p.put(2.5)
    p.put("hi")
    p.put(1, 2)
# VERIFIED-WITH: mojo 1.2.0
