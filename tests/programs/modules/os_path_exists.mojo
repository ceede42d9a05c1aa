# os.path.exists/isdir/isfile on a file the test creates and removes.
# VERIFIED-WITH: mojo 1.2.0
from std.os import remove
from std.os.path import exists, isdir, isfile

def main() raises:
    var path = "/tmp/mojoc_stdlib_os_path_exists.txt"
    with open(path, "w") as f:
        f.write("x")
    print(exists(path), isfile(path), isdir(path))
    print(exists("/tmp"), isdir("/tmp"), isfile("/tmp"))
    remove(path)
    print(exists(path))
