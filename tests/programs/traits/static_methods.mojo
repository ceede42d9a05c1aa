# Static methods declared in a trait and called through the type parameter.
trait Named:
    @staticmethod
    def kind() -> String: ...

    def value(self) -> Int: ...

@fieldwise_init
struct Apple(Named):
    var weight: Int

    @staticmethod
    def kind() -> String:
        return "apple"

    def value(self) -> Int:
        return self.weight * 2

@fieldwise_init
struct Pear(Named):
    var weight: Int

    @staticmethod
    def kind() -> String:
        return "pear"

    def value(self) -> Int:
        return self.weight + 1

def report[T: Named](x: T):
    print(T.kind(), x.value())

def main():
    report(Apple(10))
    report(Pear(10))
    print(Apple.kind(), Pear.kind())
# VERIFIED-WITH: mojo 1.2.0
