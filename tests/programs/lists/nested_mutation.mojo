# A List of Lists: appending to an inner list through xs[i] and building a grid.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var grid = List[List[Int]]()
    for r in range(3):
        var row = List[Int]()
        for c in range(3):
            row.append(r * 3 + c)
        grid.append(row^)
    grid[1].append(100)
    print(grid)
    print(len(grid[1]), grid[2][0])
