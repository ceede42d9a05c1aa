# VERIFIED-WITH: mojo 0.25.6
fn check(x: Int) raises -> Int:
    if x < 0:
        raise Error("negative: " + String(x))
    return x + 1

fn safe(x: Int) -> Int:
    try:
        return check(x)
    except e:
        print("safe caught:", e)
        return -1

fn main():
    print(safe(4))
    print(safe(-4))
