# A type parameter used as a value: calling a trait's static method (T.kind()) and constructor (T()) inside a generic function.
# VERIFIED-WITH: mojo 1.2.0
trait Named(Defaultable, Deinitable):
    @staticmethod
    def kind() -> String: ...
    def describe(self) -> String: ...

struct Cat(Named):
    var lives: Int

    def __init__(out self):
        self.lives = 9

    @staticmethod
    def kind() -> String:
        return "cat"

    def describe(self) -> String:
        return "cat with " + String(self.lives) + " lives"

struct Robot(Named):
    var id: Int

    def __init__(out self):
        self.id = 42

    @staticmethod
    def kind() -> String:
        return "robot"

    def describe(self) -> String:
        return "robot #" + String(self.id)

def introduce[T: Named]():
    var x = T()
    print(T.kind(), "->", x.describe())

def main():
    introduce[Cat]()
    introduce[Robot]()
    print(Cat.kind(), Robot.kind())
