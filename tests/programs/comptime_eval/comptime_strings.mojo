# comptime string constants: literals concatenated at compile time, chosen by a comptime condition, and passed as StringLiteral parameters.
# VERIFIED-WITH: mojo 1.2.0
comptime PREFIX = "mojo"
comptime FULL = PREFIX + "-" + "compiler"
comptime DEBUG = False
comptime MODE = "debug" if DEBUG else "release"

def banner[title: StringLiteral]():
    print("==", title, "==")

def main():
    print(FULL)
    print(MODE)
    banner[FULL]()
    banner[PREFIX]()
    comptime local = MODE + "!"
    print(local)
