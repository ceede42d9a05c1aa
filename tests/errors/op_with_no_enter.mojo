@fieldwise_init
struct Plain:
    var v: Int

def main():
    with Plain(1) as p:
        print(p)
# ERROR: 6:15 E0403 does not implement the '__enter__' method
# MOJO: 'Plain' does not implement the '__enter__' method
# VERIFIED-WITH: mojo 1.2.0
