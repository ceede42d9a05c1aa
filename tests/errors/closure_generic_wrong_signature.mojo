def apply[F: def(Int) -> Int](f: F, x: Int) -> Int:
    return f(x)

def main():
    var suffix = "!"

    def loud(s: String) {imm suffix} -> String:
        return s + suffix

    print(apply(loud, 3))
# ERROR: 10:17 E0316 does not conform to trait 'def(Int) -> Int'
# MOJO: invalid call to 'apply': value passed to 'f' cannot be converted from 'def(s: String) -> String' to 'F', argument type 'def(s: String) -> String' does not conform to trait 'def(Int) -> Int'
# VERIFIED-WITH: mojo 1.2.0
