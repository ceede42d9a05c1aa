@fieldwise_init
struct Dog(Animal):
    var n: Int

def main():
    var d = Dog(1)
    print(d.n)
# ERROR: 2:12 E0301 use of unknown declaration 'Animal'
# MOJO: use of unknown declaration 'Animal'
# VERIFIED-WITH: mojo 1.2.0
