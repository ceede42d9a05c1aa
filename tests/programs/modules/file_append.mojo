# Mode "a" appends to an existing file; mode "w" truncates it.
# VERIFIED-WITH: mojo 1.2.0
from std.os import remove

def main() raises:
    var path = "/tmp/mojoc_stdlib_file_append.txt"
    with open(path, "w") as f:
        f.write("first\n")
    with open(path, "a") as f:
        f.write("second\n")
    with open(path, "r") as f:
        print(f.read(), end="")
    with open(path, "w") as f:
        f.write("fresh\n")
    with open(path, "r") as f:
        print(f.read(), end="")
    remove(path)
