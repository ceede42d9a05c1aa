# A @__parameter closure inside another closure reads a variable of the outermost function.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var total = 1

    @__parameter
    def g() -> Int:
        @__parameter
        def h() -> Int:
            return total + 1

        return h() * 10

    print(g())
    total = 5
    print(g())
