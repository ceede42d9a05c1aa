# VERIFIED-WITH: mojo 1.2.0
# EXIT: 1
# STDERR: Unhandled exception caught during execution: boom
def explode() raises:
    raise Error("boom")

def main() raises:
    print("before")
    explode()
    print("not printed")
