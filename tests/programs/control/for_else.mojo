# VERIFIED-WITH: mojo 1.2.0
def main():
    for i in range(3):
        print("iter", i)
    else:
        print("completed")
    for i in range(10):
        if i == 2:
            print("breaking at", i)
            break
    else:
        print("not printed")
    for i in range(5, 2):
        print("never", i)
    else:
        print("empty loop else")
