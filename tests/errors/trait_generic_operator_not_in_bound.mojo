trait Animal:
    def sound(self) -> String: ...

def louder[T: Animal](a: T, b: T) -> Bool:
    return a < b

@fieldwise_init
struct Dog(Animal):
    var n: Int

    def sound(self) -> String:
        return "woof"

def main():
    print(louder(Dog(1), Dog(2)))
# ERROR: 5:14 E0319 does not implement the '__lt__' method
# MOJO: 'T' does not implement the '__lt__' method
# VERIFIED-WITH: mojo 1.2.0
