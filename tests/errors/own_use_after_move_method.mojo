struct Box:
    var v: Int

    def __init__(out self, v: Int):
        self.v = v

    def get(self) -> Int:
        return self.v

def main():
    var a = Box(1)
    var b = a^
    print(b.get())
    print(a.get())
# ERROR: 14:16 E0312 uninitialized value 'a'
# MOJO: use of uninitialized value 'a'
# VERIFIED-WITH: mojo 1.2.0
