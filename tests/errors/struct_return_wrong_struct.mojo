@fieldwise_init
struct A:
    var v: Int

@fieldwise_init
struct B:
    var v: Int

def make() -> A:
    return B(1)

def main():
    print(make().v)
# ERROR: 10:13 E0605 cannot implicitly convert 'B' value to 'A'
# MOJO: cannot implicitly convert 'B' value to 'A'
# VERIFIED-WITH: mojo 1.2.0
