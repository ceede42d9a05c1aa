# Keyword parameters may be given in any order and mixed with positional ones; unspecified ones take their defaults.
# VERIFIED-WITH: mojo 1.2.0
def box_size[w: Int, h: Int = 1, d: Int = 1]() -> Int:
    return w * h * d

def label[prefix: StringLiteral = "item", count: Int = 0]():
    print(prefix, count)

def main():
    print(box_size[2]())
    print(box_size[2, 3]())
    print(box_size[2, d=5]())
    print(box_size[d=2, w=3, h=4]())
    print(box_size[w=6]())
    label()
    label[count=3]()
    label["thing"]()
    label[count=9, prefix="widget"]()
