# mut self methods mutate the receiver; read self methods only look.
struct Stack:
    var depth: Int
    var pushes: Int

    def __init__(out self):
        self.depth = 0
        self.pushes = 0

    def push(mut self):
        self.depth += 1
        self.pushes += 1

    def pop(mut self) -> Bool:
        if self.depth == 0:
            return False
        self.depth -= 1
        return True

    def report(self):
        print("depth", self.depth, "pushes", self.pushes)

def fill(mut s: Stack, n: Int):
    for _ in range(n):
        s.push()

def main():
    var s = Stack()
    fill(s, 3)
    s.report()
    print(s.pop(), s.pop())
    s.report()
    print(s.pop(), s.pop())
    s.report()
# VERIFIED-WITH: mojo 1.2.0
