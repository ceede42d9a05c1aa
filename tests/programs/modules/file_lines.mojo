# Reading a file's lines: f.read().splitlines() (1.2 FileHandle has no readlines).
# VERIFIED-WITH: mojo 1.2.0
from std.os import remove

def main() raises:
    var path = "/tmp/mojoc_stdlib_file_lines.txt"
    with open(path, "w") as f:
        for i in range(3):
            f.write("row ", i, "\n")
    with open(path, "r") as f:
        var lines = f.read().splitlines()
        print(len(lines))
        for line in lines:
            print("<" + String(line) + ">")
    remove(path)
