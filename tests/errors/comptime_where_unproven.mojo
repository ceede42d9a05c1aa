# A generic caller without a matching `where` clause cannot prove the callee's constraint.
def positive_only[n: Int]() -> Int where n > 0:
    return n * 10

def forward[m: Int]() -> Int:
    return positive_only[m]()

def main():
    print(forward[4]())
# ERROR: 6:12 E0704 lacking evidence to prove correctness
# MOJO: invalid call to 'positive_only': lacking evidence to prove correctness
# VERIFIED-WITH: mojo 1.2.0
