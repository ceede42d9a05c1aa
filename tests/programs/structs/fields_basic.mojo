# Struct with scalar and String fields: construct, read, write fields.
struct Record:
    var id: Int
    var score: Float64
    var active: Bool
    var name: String

    def __init__(out self, id: Int, name: String):
        self.id = id
        self.score = 0.5
        self.active = False
        self.name = name


def main():
    var r = Record(7, "alpha")
    print(r.id, r.score, r.active, r.name)
    r.id += 3
    r.score = r.score * 3.0
    r.active = not r.active
    r.name = r.name + "-beta"
    print(r.id, r.score, r.active, r.name)
    print(r.name, r.id, sep=" | ")
# VERIFIED-WITH: mojo 1.2.0
