# List keyword constructors: List[T](length=n, fill=v) and List[T](capacity=n) (empty, with reserved space).
# VERIFIED-WITH: mojo 1.2.0
def main():
    var zeros = List[Int](length=4, fill=0)
    print(zeros, len(zeros))
    var dashes = List[String](length=2, fill="-")
    print(dashes)
    var reserved = List[Int](capacity=10)
    print(reserved, len(reserved), reserved.capacity() >= 10)
