# `in` / `not in` test for a key, never a value.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var d: Dict[String, Int] = {"a": 1, "b": 2}
    print("a" in d, "z" in d, "z" not in d)
    var di: Dict[Int, String] = {1: "a"}
    print(1 in di, 2 in di)
