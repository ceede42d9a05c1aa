# pathlib.Path: `/` joins, name() and suffix(), write_text/read_text, exists().
# VERIFIED-WITH: mojo 1.2.0
from std.pathlib import Path
from std.os import remove

def main() raises:
    var p = Path("/tmp") / "mojoc_stdlib_pathlib_basic.txt"
    print(p)
    print(p.name(), p.suffix())
    p.write_text("hello path")
    print(p.exists(), p.read_text())
    remove(p)
    print(p.exists())
