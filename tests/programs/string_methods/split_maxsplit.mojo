# split with a maxsplit limit leaves the rest of the string unsplit in the last field.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var s = String("k=v=w=x")
    print(s.split("=", 1))
    print(s.split("=", 2))
    print(s.split("=", 0))
    var t = String("cmd  arg1 arg2")
    var parts = t.split(maxsplit=1)
    print(len(parts))
    print("<" + String(parts[0]) + ">", "<" + String(parts[1]) + ">")
