trait Greeter:
    def hello(self) -> String:
        return self.nonexistent()

@fieldwise_init
struct A(Greeter):
    var x: Int

@fieldwise_init
struct B(Greeter):
    var y: Int

def main():
    print(A(1).hello(), B(2).hello())
# ERROR: 3:20 E0319 has no attribute 'nonexistent'
# MOJO: '_Self' value has no attribute 'nonexistent'
# VERIFIED-WITH: mojo 1.2.0
