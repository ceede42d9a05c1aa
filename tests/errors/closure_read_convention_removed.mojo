def main():
    var x = 3

    def show() {read x}:
        print(x)

    show()
# ERROR: 4:17 E0206 'read' was removed; use 'imm'
# MOJO: 'read' was removed; use 'imm'
# VERIFIED-WITH: mojo 1.2.0
