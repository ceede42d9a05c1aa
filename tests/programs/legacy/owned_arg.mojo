# VERIFIED-WITH: mojo 0.25.6
# `owned` is deprecated in 0.25.6 (warning), but still accepted.
fn consume(owned s: String) -> String:
    s += " consumed"
    return s

fn take(var n: Int) -> Int:
    n *= 2
    return n

fn main():
    var msg = String("value")
    print(consume(msg))
    print(take(21))
