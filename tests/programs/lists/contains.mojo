# `in` / `not in` test list membership with ==.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var xs: List[Int] = [2, 4, 6]
    print(4 in xs, 5 in xs, 5 not in xs)
    var names: List[String] = ["ann", "bob"]
    print("bob" in names, "carl" in names)
    print(1 in List[Int]())
