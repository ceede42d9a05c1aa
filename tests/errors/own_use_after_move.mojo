struct Box:
    var v: Int

    def __init__(out self, v: Int):
        self.v = v

def main():
    var a = Box(1)
    var b = a^
    print(b.v)
    print(a.v)
# ERROR: 11:10 E0312 uninitialized value 'a'
# MOJO: use of uninitialized value 'a'
# VERIFIED-WITH: mojo 1.2.0
