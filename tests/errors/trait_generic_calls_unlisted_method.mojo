trait Animal:
    def sound(self) -> String: ...

@fieldwise_init
struct Dog(Animal):
    var name: String

    def sound(self) -> String:
        return "woof"

    def fetch(self) -> String:
        return self.name + " fetches"

def play[T: Animal](a: T):
    print(a.sound())
    print(a.fetch())

def main():
    play(Dog("Rex"))
# ERROR: 16:12 E0319 has no attribute 'fetch'
# MOJO: 'T' value has no attribute 'fetch'
# VERIFIED-WITH: mojo 1.2.0
