struct Box:
    var v: Int

    def __init__(out self, v: Int):
        self.v = v

    def take(self) -> Box:
        return self^

def main():
    var a = Box(1)
    print(a.take().v)
# ERROR: 8:20 E0321 cannot transfer out of immutable reference
# MOJO: cannot transfer out of immutable reference
# VERIFIED-WITH: mojo 1.2.0
