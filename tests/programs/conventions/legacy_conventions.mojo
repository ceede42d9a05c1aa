# ERA: legacy
# Legacy (Mojo 0.25) argument conventions on fn: read, mut, owned, var.
# (`inout` and `borrowed` are already rejected by 0.25.6; `owned` warns.)
@fieldwise_init
struct Counter(Copyable, Movable):
    var hits: Int

fn show(read c: Counter):
    print("hits", c.hits)

fn bump(mut c: Counter):
    c.hits += 1

fn finish(owned c: Counter) -> Int:
    c.hits *= 10
    return c.hits

fn finish2(var s: String) -> String:
    s += "?"
    return s

fn main():
    var c = Counter(0)
    bump(c)
    bump(c)
    show(c)
    print(finish(c.copy()))
    show(c)
    print(finish(c^))
    print(finish2(String("done")))
# VERIFIED-WITH: mojo 0.25.6
