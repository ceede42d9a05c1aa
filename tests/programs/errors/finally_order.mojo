# VERIFIED-WITH: mojo 1.2.0
def inner() raises:
    try:
        print("inner try")
        raise Error("inner failure")
    finally:
        print("inner finally")

def main():
    try:
        inner()
    except e:
        print("outer caught:", e)
    finally:
        print("outer finally")
    print("done")
