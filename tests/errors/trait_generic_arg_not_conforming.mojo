trait Animal:
    def sound(self) -> String: ...

@fieldwise_init
struct Rock:
    var weight: Int

    def sound(self) -> String:
        return "..."

def speak[T: Animal](a: T):
    print(a.sound())

def main():
    speak(Rock(3))
# ERROR: 15:15 E0316 does not conform to trait 'Animal'
# MOJO: invalid call to 'speak': value passed to 'a' cannot be converted from 'Rock' to 'T', argument type 'Rock' does not conform to trait 'Animal'
# VERIFIED-WITH: mojo 1.2.0
