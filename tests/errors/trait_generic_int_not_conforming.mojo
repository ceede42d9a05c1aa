trait Animal:
    def sound(self) -> String: ...

def speak[T: Animal](a: T):
    print(a.sound())

def main():
    speak(42)
# ERROR: 8:11 E0316 does not conform to trait 'Animal'
# MOJO: invalid call to 'speak': value passed to 'a' cannot be converted from 'IntLiteral[42]' to 'T', argument type 'IntLiteral[42]' does not conform to trait 'Animal'
# VERIFIED-WITH: mojo 1.2.0
