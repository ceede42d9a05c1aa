# VERIFIED-WITH: mojo 1.2.0
def nothing():
    pass

def main():
    nothing()
    for i in range(3):
        pass
    if True:
        pass
    else:
        print("unreachable")
    print("done")
