struct Box:
    var v: Int

    def __init__(out self, v: Int):
        self.v = v

def consume(var b: Box) -> Int:
    return b.v

def forward(b: Box) -> Int:
    return consume(b^)

def main():
    print(forward(Box(1)))
# ERROR: 11:21 E0321 cannot transfer out of immutable reference
# MOJO: cannot transfer out of immutable reference
# VERIFIED-WITH: mojo 1.2.0
