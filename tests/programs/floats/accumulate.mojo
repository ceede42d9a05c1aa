# VERIFIED-WITH: mojo 1.2.0
def main():
    var s = 0.0
    for i in range(10):
        s += 0.1
    print(s)
    var t: Float32 = 0.0
    for i in range(10):
        t += 0.1
    print(t)
    var h = 0.0
    for k in range(1, 11):
        h += 1.0 / Float64(k)
    print(h)
