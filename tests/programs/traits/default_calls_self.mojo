# A trait's default method calls the trait's other methods, a static method
# through Self, and a module function; a broken default is reported once.
def banner(s: String) -> String:
    return "[" + s + "]"

trait Named:
    def name(self) -> String: ...

    @staticmethod
    def kind() -> String: ...

    def describe(self) -> String:
        return banner(Self.kind() + ": " + self.name())

@fieldwise_init
struct Dog(Named):
    var n: String

    def name(self) -> String:
        return self.n

    @staticmethod
    def kind() -> String:
        return "dog"

@fieldwise_init
struct Cat(Named):
    def name(self) -> String:
        return "cat"

    @staticmethod
    def kind() -> String:
        return "feline"

def main():
    print(Dog("rex").describe())
    print(Cat().describe())
# VERIFIED-WITH: mojo 1.2.0
