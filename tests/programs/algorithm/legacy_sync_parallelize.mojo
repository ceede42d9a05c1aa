# Legacy edition: sync_parallelize[work](n) blocks until every work item is done; items fill disjoint rows of a table.
# VERIFIED-WITH: mojo 0.25.6
# ERA: legacy
from algorithm import sync_parallelize
from memory import UnsafePointer


fn main():
    alias rows = 4
    alias cols = 5
    var table = UnsafePointer[Int].alloc(rows * cols)

    @parameter
    fn fill_row(r: Int):
        for c in range(cols):
            table[r * cols + c] = (r + 1) * (c + 1)

    sync_parallelize[fill_row](rows)
    for r in range(rows):
        var line = String()
        for c in range(cols):
            line += String(table[r * cols + c]) + " "
        print(line)
    table.free()
