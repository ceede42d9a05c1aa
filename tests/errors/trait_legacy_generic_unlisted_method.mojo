# ERA: legacy
trait Animal:
    fn sound(self) -> String: ...

@fieldwise_init
struct Dog(Animal):
    var n: Int

    fn sound(self) -> String:
        return "woof"

    fn fetch(self) -> Int:
        return self.n

fn play[T: Animal](a: T):
    print(a.fetch())

fn main():
    play(Dog(1))
# ERROR: 16:12 E0319 has no attribute 'fetch'
# MOJO: 'T' value has no attribute 'fetch'
# VERIFIED-WITH: mojo 0.25.6
