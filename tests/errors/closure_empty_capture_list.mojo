def main():
    var a = 42

    def show() {}:
        print(a)

    show()
# ERROR: 5:15 E0322 capture convention of the captured value a
# MOJO: Could not infer capture convention of the captured value a
# VERIFIED-WITH: mojo 1.2.0
