# == and != compare Lists element-wise, including length.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var a: List[Int] = [1, 2, 3]
    var b: List[Int] = [1, 2, 3]
    print(a == b, a != b)
    print(a == [1, 2], a == [1, 2, 4])
    var s: List[String] = ["x"]
    print(s == ["x"], List[Int]() == List[Int]())
