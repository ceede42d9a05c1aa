# An error raised in the body goes through __exit__(self, err) and, when it
# returns False, on to the surrounding try.
struct Guard:
    var name: String

    def __init__(out self, name: String):
        self.name = name

    def __enter__(self) -> String:
        print("enter", self.name)
        return self.name

    def __exit__(self):
        print("exit ok", self.name)

    def __exit__(self, err: Error) -> Bool:
        print("exit with error:", err)
        return False

def work(fail: Bool) raises:
    with Guard("g") as g:
        print("working in", g)
        if fail:
            raise Error("boom")
        print("done")

def main():
    try:
        work(False)
        work(True)
        print("not reached")
    except e:
        print("caught", e)
    finally:
        print("finally")
# VERIFIED-WITH: mojo 1.2.0
