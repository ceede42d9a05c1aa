# Default method bodies in a trait; one struct overrides, one inherits.
trait Greeter:
    def name(self) -> String: ...

    def greet(self) -> String:
        return "Hello, " + self.name()

    def shout(self):
        print(self.greet() + "!")

@fieldwise_init
struct Plain(Greeter):
    var n: String

    def name(self) -> String:
        return self.n

@fieldwise_init
struct Fancy(Greeter):
    var n: String

    def name(self) -> String:
        return self.n

    def greet(self) -> String:
        return "Good day, " + self.name()

def run[T: Greeter](g: T):
    print(g.greet())
    g.shout()

def main():
    run(Plain("Ann"))
    run(Fancy("Bob"))
    var p = Plain("Cy")
    print(p.greet())
# VERIFIED-WITH: mojo 1.2.0
