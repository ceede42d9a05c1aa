# Nested with-blocks and a with-statement with two managers: exits run in
# reverse order of entering.
struct Tag:
    var name: String

    def __init__(out self, name: String):
        self.name = name

    def __enter__(self) -> String:
        print("<" + self.name + ">")
        return self.name

    def __exit__(self):
        print("</" + self.name + ">")

def main():
    with Tag("html"):
        with Tag("body") as b:
            print("text in", b)
    with Tag("x") as x, Tag("y") as y:
        print(x + y)
# VERIFIED-WITH: mojo 1.2.0
