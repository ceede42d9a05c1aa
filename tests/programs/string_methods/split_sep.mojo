# split(sep) keeps empty fields between adjacent separators; printed lists show no quotes.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var s = String("a,b,,c")
    var parts = s.split(",")
    print(parts)
    print(len(parts))
    for p in parts:
        print("[" + String(p) + "]")
    print(String("one::two::three").split("::"))
    print(len(String("").split(",")))
    print(len(String("nosep").split(",")))
