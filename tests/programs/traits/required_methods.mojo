# A trait with required methods; two structs conform explicitly.
trait Animal:
    def sound(self) -> String: ...
    def legs(self) -> Int: ...

@fieldwise_init
struct Dog(Animal):
    var name: String

    def sound(self) -> String:
        return self.name + " says woof"

    def legs(self) -> Int:
        return 4

@fieldwise_init
struct Bird(Animal):
    var wingspan: Float64

    def sound(self) -> String:
        return "tweet"

    def legs(self) -> Int:
        return 2

def describe[T: Animal](a: T):
    print(a.sound(), "/", a.legs(), "legs")

def main():
    var d = Dog("Rex")
    var b = Bird(0.25)
    describe(d)
    describe(b)
    print(d.legs() + b.legs())
# VERIFIED-WITH: mojo 1.2.0
