# index finds the first position (optionally from a start); count counts matches; a missing element raises.
# VERIFIED-WITH: mojo 1.2.0
def main() raises:
    var xs: List[Int] = [5, 7, 5, 9, 5]
    print(xs.index(5), xs.index(9), xs.index(5, 1))
    print(xs.count(5), xs.count(42))
    try:
        print(xs.index(42))
    except e:
        print("error:", e)
