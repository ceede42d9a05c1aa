# VERIFIED-WITH: mojo 1.2.0
def main():
    comptime K = 3
    comptime NAME = "local"
    for i in range(K):
        print(NAME, i)
    var y = K ** 3
    print(y)
