# Several __init__ overloads, chosen by argument types and count.
struct Value:
    var kind: String
    var i: Int
    var f: Float64

    def __init__(out self):
        self.kind = "empty"
        self.i = 0
        self.f = 0.0

    def __init__(out self, i: Int):
        self.kind = "int"
        self.i = i
        self.f = 0.0

    def __init__(out self, f: Float64):
        self.kind = "float"
        self.i = 0
        self.f = f

    def __init__(out self, s: String, i: Int):
        self.kind = s
        self.i = i
        self.f = 1.5

    def show(self):
        print(self.kind, self.i, self.f)


def main():
    Value().show()
    Value(42).show()
    Value(2.25).show()
    Value("named", 9).show()
# VERIFIED-WITH: mojo 1.2.0
