# String fields built with + and String(), returned from methods.
struct Person:
    var first: String
    var last: String
    var age: Int

    def __init__(out self, first: String, last: String, age: Int):
        self.first = first
        self.last = last
        self.age = age

    def full(self) -> String:
        return self.first + " " + self.last

    def tag(self) -> String:
        return self.last + ":" + String(self.age)

    def birthday(mut self):
        self.age += 1


def main():
    var p = Person("Ada", "Lovelace", 36)
    print(p.full())
    print(p.tag())
    p.birthday()
    p.first = "A."
    print(p.full(), p.tag(), sep=" / ")
    print(Person("X", "Y", 0).full(), end="|\n")
# VERIFIED-WITH: mojo 1.2.0
