def main():
    var s: Set[Int] = {1, 2}
    print(s)
# ERROR: 2:12 E0301 use of unknown declaration 'Set'
# MOJO: 2:12: use of unknown declaration 'Set'; did you mean to import it from 'std.collections'? Add 'from std.collections import Set'
# VERIFIED-WITH: mojo 1.2.0
