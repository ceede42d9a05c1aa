def main():
    var xs: List[Int] = [1, 2, 3]
    print(sum(xs))
# ERROR: 3:11 E0301 use of unknown declaration 'sum'
# MOJO: 3:11: use of unknown declaration 'sum'
# VERIFIED-WITH: mojo 1.2.0
