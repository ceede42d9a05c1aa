def main():
    var n = 1

    def bump() {mut n^}:
        n += 1

    bump()
# ERROR: 4:17 E0321 '^' requires 'var' convention
# MOJO: '^' requires 'var' convention; write 'var x^' to move a capture
# VERIFIED-WITH: mojo 1.2.0
