# sys.exit(code) ends the program at once with that exit code.
# VERIFIED-WITH: mojo 1.2.0
# EXIT: 3
from std.sys import exit

def main():
    print("before exit")
    exit(3)
    print("not printed")
