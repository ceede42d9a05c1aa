def main():
    var xs: List[Int] = [1, 2, 3, 4]
    var part = xs[1:3]
    part.append(9)
    print(part)
# ERROR: 4:9 E???? value has no attribute 'append'
# MOJO: 4:9: 'Span[Int, origin_of(xs["element"])]' value has no attribute 'append'
# VERIFIED-WITH: mojo 1.2.0
