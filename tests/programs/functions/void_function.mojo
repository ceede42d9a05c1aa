# VERIFIED-WITH: mojo 1.2.0
def show(label: String, value: Int):
    print(label + ":", value)

def nothing_returned():
    print("side effect")
    return

def main():
    show("a", 1)
    show("b", 22)
    nothing_returned()
