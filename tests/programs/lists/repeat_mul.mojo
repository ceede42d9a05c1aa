# xs * n repeats a List.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var xs: List[Int] = [1, 2]
    print(xs * 3)
    print(xs * 0)
    var s: List[String] = ["ab"]
    print(s * 2)
