# VERIFIED-WITH: mojo 0.25.6
fn work(x: Int) raises:
    try:
        if x == 2:
            raise Error("two")
        print("worked", x)
    finally:
        print("finally", x)

fn main():
    for i in range(4):
        try:
            work(i)
        except e:
            print("caught", e)
        else:
            print("no error", i)
