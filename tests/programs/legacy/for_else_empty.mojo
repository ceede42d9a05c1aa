# VERIFIED-WITH: mojo 0.25.6
fn main():
    for i in range(0):
        print("never", i)
    else:
        print("else after empty range")
    for i in range(3):
        if i == 1:
            break
    else:
        print("not printed")
    var n = 0
    while n < 3:
        n += 1
    else:
        print("while else", n)
