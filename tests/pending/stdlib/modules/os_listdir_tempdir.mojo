# mkdtemp() makes a fresh directory; listdir lists its entries (order unspecified, so sorted here).
# VERIFIED-WITH: mojo 1.2.0
from std.os import listdir, remove, rmdir
from std.tempfile import mkdtemp
from std.pathlib import Path

def main() raises:
    var d = mkdtemp()
    var p = Path(d)
    (p / "b.txt").write_text("B")
    (p / "a.txt").write_text("A")
    var names = listdir(d)
    sort(names)
    print(names)
    remove(p / "a.txt")
    remove(p / "b.txt")
    print(len(listdir(d)))
    rmdir(d)
    print(p.exists())
