def bump_all(n: Int):
    def bump() {mut n}:
        n += 1

    bump()

def main():
    bump_all(1)
# ERROR: 2:17 E0309 can not be captured by 'mut'
# MOJO: register passible value 'n' can not be captured by 'mut'. Do you mean 'imm'?
# VERIFIED-WITH: mojo 1.2.0
