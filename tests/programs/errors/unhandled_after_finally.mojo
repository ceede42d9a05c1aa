# VERIFIED-WITH: mojo 1.2.0
# EXIT: 1
# STDERR: Unhandled exception caught during execution: bad value 7
def validate(x: Int) raises:
    if x == 7:
        raise Error("bad value " + String(x))

def main() raises:
    for i in range(10):
        try:
            validate(i)
            print("ok", i)
        finally:
            print("checked", i)
