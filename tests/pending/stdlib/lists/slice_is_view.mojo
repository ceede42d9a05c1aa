# In 1.2 a contiguous List slice is a Span view: writing through it changes the list. A stepped slice is a new List.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var xs: List[Int] = [0, 1, 2, 3, 4, 5]
    var view = xs[1:3]
    view[0] = 50
    print(xs)
    var stepped = xs[::2]
    stepped.append(7)
    stepped[0] = -1
    print(stepped, xs)
