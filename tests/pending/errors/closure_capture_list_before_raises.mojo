def main():
    var limit = 10

    def check(x: Int) {imm limit} raises -> Int:
        if x > limit:
            raise Error("too big")
        return x

    try:
        print(check(1))
    except e:
        print(e)
# ERROR: 4:35 E0201 expected ':' in function definition
# MOJO: expected ':' in function definition
# VERIFIED-WITH: mojo 1.2.0
