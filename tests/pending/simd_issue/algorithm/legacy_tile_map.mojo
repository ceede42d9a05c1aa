# Legacy edition: tile[f, VariadicList(4, 2, 1)](start, end) chunks greedily; map[f](n) calls f(i) for every index.
# VERIFIED-WITH: mojo 0.25.6
# ERA: legacy
from algorithm import tile, map


fn main():
    @parameter
    fn work[t: Int](off: Int):
        print("tile", t, "at", off)

    tile[work, VariadicList[Int](4, 2, 1)](0, 11)
    var total = 0

    @parameter
    fn add(i: Int):
        total += i * i

    map[add](5)
    print(total)
