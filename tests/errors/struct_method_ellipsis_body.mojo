trait Greeter:
    def greet(self) -> String: ...

struct Bot(Greeter):
    var id: Int

    def __init__(out self):
        self.id = 1

    def greet(self) -> String: ...

def main():
    var b = Bot()
    print(b.greet())
# ERROR: 10:9 E0604 return expected at end of function
# MOJO: return expected at end of function with results
# VERIFIED-WITH: mojo 1.2.0
