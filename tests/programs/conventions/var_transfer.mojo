# var (owned) arguments: `^` transfers the caller's value; .copy() passes
# a copy and the caller keeps its value.
struct Token(Copyable):
    var name: String

    def __init__(out self, name: String):
        self.name = name

    def __init__(out self, *, copy: Self):
        self.name = copy.name + "'"
        print("copy", copy.name)

def consume(var t: Token) -> String:
    t.name += "!"
    return t.name

def main():
    var a = Token("a")
    print(consume(a.copy()))
    print(a.name)
    var b = Token("b")
    print(consume(b^))
    var s = String("text")
    var n = consume(Token(s))
    print(n, s)
# VERIFIED-WITH: mojo 1.2.0
