def main():
    var xs: List[Int] = [1, 2]
    xs.push(3)
    print(xs)
# ERROR: 3:7 E0305 'List[Int]' value has no attribute 'push'
# MOJO: 3:7: 'List[Int]' value has no attribute 'push'
# VERIFIED-WITH: mojo 1.2.0
