# @__copy_capture(x) on a @__parameter closure copies x at definition; later changes are not seen.
# VERIFIED-WITH: mojo 1.2.0
def apply[f: def(Int) capturing -> Int](x: Int) -> Int:
    return f(x)

def main():
    var k = 3
    var m = 100

    @__copy_capture(k)
    @__parameter
    def addk(x: Int) -> Int:
        return x + k + m

    print(addk(1))
    k = 50
    m = 200
    print(addk(1))
    print(apply[addk](2))
    print(k, m)
