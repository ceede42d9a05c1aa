struct S:
    var x: Int

    def __init__(self):
        self.x = 1

def main():
    var s = S()
    print(s.x)
# ERROR: 4:9 E0401 __init__ method must return Self type with 'out' argument
# MOJO: __init__ method must return Self type with 'out' argument
# VERIFIED-WITH: mojo 1.2.0
