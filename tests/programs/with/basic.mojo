# with-statement: __enter__ runs before the body, __exit__ after it.
struct Section:
    var name: String

    def __init__(out self, name: String):
        self.name = name

    def __enter__(self) -> String:
        print("enter", self.name)
        return self.name + "-res"

    def __exit__(self):
        print("exit", self.name)

def main():
    print("start")
    with Section("a") as r:
        print("body", r)
    with Section("b"):
        print("body without as")
    print("end")
# VERIFIED-WITH: mojo 1.2.0
