# argv() holds the program name followed by the command-line arguments.
# VERIFIED-WITH: mojo 1.2.0
# ARGS: alpha beta 42
from std.sys import argv

def main():
    var args = argv()
    print(len(args))
    for i in range(1, len(args)):
        print(i, args[i])
