# A manager with only `__exit__(self)`: an error raised in the body still
# runs __exit__ before reaching the surrounding except.
struct Log:
    var name: String

    def __init__(out self, name: String):
        self.name = name

    def __enter__(self):
        print("open", self.name)

    def __exit__(self):
        print("close", self.name)

def step(n: Int) raises:
    with Log("step" + String(n)):
        if n == 2:
            raise Error("bad step " + String(n))
        print("ran", n)

def main():
    try:
        for i in range(4):
            step(i)
    except e:
        print("stopped:", e)
# VERIFIED-WITH: mojo 1.2.0
