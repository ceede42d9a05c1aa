# {imm x} captures by immutable reference: the closure sees assignments made after it was defined.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var limit = 10

    def below(x: Int) {imm limit} -> Bool:
        return x < limit

    print(below(5))
    limit = 3
    print(below(5))

    var a = 1
    var b = 2

    def sum_ab() {imm} -> Int:
        return a + b

    print(sum_ab())
    a = 40
    print(sum_ab())

    var name = String("x")

    def show() {name}:
        print("name:", name)

    show()
    name = "y"
    show()
