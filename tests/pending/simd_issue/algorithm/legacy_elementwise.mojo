# Legacy edition: elementwise[func, W, use_blocking_impl=True](n) calls func[width, rank] with an IndexList on one thread: full W-wide chunks, then width 1.
# VERIFIED-WITH: mojo 0.25.6
# ERA: legacy
from algorithm import elementwise
from memory import UnsafePointer
from utils.index import IndexList


fn main() raises:
    var buf = UnsafePointer[Float32].alloc(10)
    for i in range(10):
        buf[i] = Float32(i)

    @parameter
    fn double[width: Int, rank: Int, alignment: Int = 1](idx: IndexList[rank]):
        print("width", width, "at", idx[0])
        var i = idx[0]
        buf.store(i, buf.load[width=width](i) * 2)

    elementwise[double, 4, use_blocking_impl=True](10)
    print(buf.load[width=8](0), buf[9])
    buf.free()
