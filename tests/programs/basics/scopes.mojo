# VERIFIED-WITH: mojo 1.2.0
def main():
    var x = 1
    if x == 1:
        var y = x + 1
        print(y)
        x = y * 10
    print(x)
    for i in range(2):
        var z = i * 100
        print(z)
    print(x)
