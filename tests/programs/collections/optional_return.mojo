# A function returning Optional[Int]: None for "not found", a value otherwise.
# VERIFIED-WITH: mojo 1.2.0
def find_first_even(xs: List[Int]) -> Optional[Int]:
    for x in xs:
        if x % 2 == 0:
            return x
    return None

def main():
    var r1 = find_first_even([1, 3, 4, 6])
    var r2 = find_first_even([1, 3])
    print(r1, r2)
    print(r2.or_else(0))
