def main():
    var k = 1

    def get() {imm k} -> String:
        return k

    print(get())
# ERROR: 5:16 E0605 cannot implicitly convert 'Int' value to 'String'
# MOJO: cannot implicitly convert 'Int' value to 'String'
# VERIFIED-WITH: mojo 1.2.0
