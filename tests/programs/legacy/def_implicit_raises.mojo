# VERIFIED-WITH: mojo 0.25.6
# ERA: legacy
# In legacy Mojo a `def` implicitly raises: no `raises` needed.
def might_fail(x: Int) -> Int:
    if x > 3:
        raise Error("too large: " + String(x))
    return x * x

def main():
    for i in range(6):
        try:
            print(might_fail(i))
        except e:
            print("caught", e)
