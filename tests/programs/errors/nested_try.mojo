# VERIFIED-WITH: mojo 1.2.0
def fail(msg: String) raises:
    raise Error(msg)

def main():
    try:
        try:
            fail("first")
        except e:
            print("inner:", e)
            fail("second")
        print("unreached")
    except e:
        print("outer:", e)
    try:
        try:
            print("no error")
        except e:
            print("unreached")
        fail("third")
    except e:
        print("outer2:", e)
