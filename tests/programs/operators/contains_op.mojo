# __contains__ drives `in` and `not in`.
@fieldwise_init
struct Range3:
    var lo: Int
    var hi: Int

    def __contains__(self, x: Int) -> Bool:
        return self.lo <= x and x < self.hi

def main():
    var r = Range3(2, 5)
    print(2 in r, 5 in r, 4 in r)
    print(1 not in r, 3 not in r)
    for i in range(7):
        if i in r:
            print(i, "inside")
# VERIFIED-WITH: mojo 1.2.0
