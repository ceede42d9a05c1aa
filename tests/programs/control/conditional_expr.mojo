# VERIFIED-WITH: mojo 1.2.0
def main():
    for i in range(4):
        var s = "even" if i % 2 == 0 else "odd"
        print(i, s)
    var x = 5
    var y = x * 2 if x > 3 else x - 1
    print(y)
