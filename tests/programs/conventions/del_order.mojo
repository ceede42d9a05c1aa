# The destructor (`__deinit__` in 1.2; `__del__` is deprecated) runs as
# soon as a value is last used (ASAP destruction), not at the end of scope.
struct Noisy:
    var name: String

    def __init__(out self, name: String):
        self.name = name
        print("init", name)

    def __deinit__(deinit self):
        print("del", self.name)

def main():
    var a = Noisy("a")
    var b = Noisy("b")
    print("using", a.name)
    print("using", b.name)
    print("end of main")
# VERIFIED-WITH: mojo 1.2.0
