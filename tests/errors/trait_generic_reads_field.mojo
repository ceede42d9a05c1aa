trait Animal:
    def sound(self) -> String: ...

@fieldwise_init
struct Dog(Animal):
    var name: String

    def sound(self) -> String:
        return "woof"

def show[T: Animal](a: T):
    print(a.name)

def main():
    show(Dog("Rex"))
# ERROR: 12:12 E0319 has no attribute 'name'
# MOJO: 'T' value has no attribute 'name'
# VERIFIED-WITH: mojo 1.2.0
