# A `var` List argument takes ownership: pass a .copy() to keep the original, or transfer it with ^.
# VERIFIED-WITH: mojo 1.2.0
def with_extra(var xs: List[Int]) -> List[Int]:
    xs.append(99)
    return xs^

def main():
    var xs: List[Int] = [1, 2]
    var ys = with_extra(xs.copy())
    print(xs, ys)
    var zs = with_extra(xs^)
    print(zs)
