# VERIFIED-WITH: mojo 0.25.6
# ERA: legacy
# In legacy Mojo a `def` may declare a variable by assigning it; the name has
# function scope, so it is visible after the block that assigned it.
def main():
    c = True
    if c:
        y = 5
    else:
        y = 6
    print(y)
    for i in range(3):
        if i == 1:
            w = i * 10
        else:
            w = -1
        print(w)
    try:
        t = 7
    except:
        t = 8
    print(t)
    a = b = 3
    print(a, b)
