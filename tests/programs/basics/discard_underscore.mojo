# VERIFIED-WITH: mojo 1.2.0
# `_ = value` evaluates the value and drops it.
def noisy(x: Int) -> Int:
    print("noisy", x)
    return x

def may_fail(x: Int) raises -> Int:
    if x < 0:
        raise Error("negative")
    return x

def main():
    _ = noisy(1)
    var y = 5
    _ = y + 1
    _ = "text"
    try:
        _ = may_fail(2)
        _ = may_fail(-1)
        print("not reached")
    except e:
        print("caught", e)
