# A List passed to a default (read) argument is borrowed: the callee reads it, the caller keeps it.
# VERIFIED-WITH: mojo 1.2.0
def total(xs: List[Int]) -> Int:
    var t = 0
    for x in xs:
        t += x
    return t

def describe(names: List[String]) -> String:
    return String(len(names)) + " names, first " + names[0]

def main():
    var xs: List[Int] = [1, 2, 3]
    print(total(xs))
    print(xs)
    var names: List[String] = ["zed", "amy"]
    print(describe(names))
