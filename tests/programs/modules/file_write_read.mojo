# open(path, "w") + write in a with-block, then open(path, "r").read() returns the text; write takes several Writables.
# VERIFIED-WITH: mojo 1.2.0
from std.os import remove

def main() raises:
    var path = "/tmp/mojoc_stdlib_file_write_read.txt"
    with open(path, "w") as f:
        f.write("line one\n")
        f.write("n=", 3, " pi=", 3.5, "\n")
    with open(path, "r") as f:
        var txt = f.read()
        print(txt.byte_length())
        print(txt, end="")
    remove(path)
