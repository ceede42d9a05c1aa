# Mojo 1.2 accepts a manager that defines __enter__ but no __exit__:
# nothing runs when the block ends.
struct Opener:
    var name: String

    def __init__(out self, name: String):
        self.name = name
        print("made", name)

    def __enter__(self) -> String:
        print("enter", self.name)
        return self.name + "!"

def main():
    with Opener("door") as d:
        print("inside", d)
    print("after")
# VERIFIED-WITH: mojo 1.2.0
