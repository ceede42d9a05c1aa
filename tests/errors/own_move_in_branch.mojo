struct Box:
    var v: Int

    def __init__(out self, v: Int):
        self.v = v

def consume(var b: Box) -> Int:
    return b.v

def main():
    var a = Box(1)
    var n = 3
    if n > 2:
        print(consume(a^))
    print(a.v)
# ERROR: 15:10 E0312 uninitialized value 'a'
# MOJO: use of uninitialized value 'a'
# VERIFIED-WITH: mojo 1.2.0
