# VERIFIED-WITH: mojo 1.2.0
def find(limit: Int, target: Int):
    var i = 0
    while i < limit:
        if i == target:
            print("found", i)
            break
        i += 1
    else:
        print("not found, i =", i)

def main():
    find(5, 3)
    find(5, 7)
    find(0, 0)
