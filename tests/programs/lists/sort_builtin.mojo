# The free function sort(xs) sorts a List in place, for Ints, Float64s and Strings.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var xs: List[Int] = [5, -1, 3, 3, 0]
    sort(xs)
    print(xs)
    var fs: List[Float64] = [2.5, -1.0, 0.5]
    sort(fs)
    print(fs)
    var ss: List[String] = ["pear", "Apple", "apple", "banana"]
    sort(ss)
    print(ss)
