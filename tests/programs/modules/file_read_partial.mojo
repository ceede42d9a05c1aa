# f.read(n) reads at most n bytes; a later read() continues from there; explicit close() without with.
# VERIFIED-WITH: mojo 1.2.0
from std.os import remove

def main() raises:
    var path = "/tmp/mojoc_stdlib_file_read_partial.txt"
    var w = open(path, "w")
    w.write("abcdefgh")
    w.close()
    var f = open(path, "r")
    print(f.read(3))
    print(f.read())
    f.close()
    remove(path)
