struct S:
    var x: Int

    def __init__(out self):
        self.x = 1

    def __deinit__(self):
        print("bye")

def main():
    var s = S()
    print(s.x)
# ERROR: 7:20 E0401 'self' argument must be passed as 'deinit'
# MOJO: 'self' argument must be passed as 'deinit'
# VERIFIED-WITH: mojo 1.2.0
