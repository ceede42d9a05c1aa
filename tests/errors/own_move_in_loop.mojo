struct Box:
    var v: Int

    def __init__(out self, v: Int):
        self.v = v

def consume(var b: Box) -> Int:
    return b.v

def main():
    var a = Box(1)
    for i in range(3):
        print(consume(a^) + i)
# ERROR: 13:24 E0312 uninitialized value 'a'
# MOJO: use of uninitialized value 'a'
# VERIFIED-WITH: mojo 1.2.0
