# StringLiteral parameters: passed explicitly, defaulted, forwarded to another parametric function.
# VERIFIED-WITH: mojo 1.2.0
def greet[greeting: StringLiteral = "hello"](name: String):
    print(greeting, name)

def announce[tag: StringLiteral](msg: String):
    greet[tag](msg)
    print(tag + ":" + msg)

def main():
    greet("ann")
    greet["hi"]("bob")
    greet[greeting="hey"]("cy")
    announce["INFO"]("started")
    announce["WARN"]("low disk")
