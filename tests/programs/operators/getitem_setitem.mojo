# __getitem__ / __setitem__ with one index.
struct Quad(Writable):
    var a: Int
    var b: Int
    var c: Int
    var d: Int

    def __init__(out self):
        self.a = 0
        self.b = 0
        self.c = 0
        self.d = 0

    def __getitem__(self, i: Int) -> Int:
        if i == 0:
            return self.a
        elif i == 1:
            return self.b
        elif i == 2:
            return self.c
        return self.d

    def __setitem__(mut self, i: Int, v: Int):
        if i == 0:
            self.a = v
        elif i == 1:
            self.b = v
        elif i == 2:
            self.c = v
        else:
            self.d = v

    def write_to(self, mut writer: Some[Writer]):
        writer.write("[", self.a, " ", self.b, " ", self.c, " ", self.d, "]")

def main():
    var q = Quad()
    for i in range(4):
        q[i] = i * i + 1
    print(q)
    print(q[2], q[0] + q[3])
    q[1] += 10
    print(q)
# VERIFIED-WITH: mojo 1.2.0
