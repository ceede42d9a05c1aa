struct Inner:
    var v: Int

    def __init__(out self, v: Int):
        self.v = v

struct Outer:
    var inner: Inner

    def __init__(out self):
        self.inner = Inner(1)

    def get(self) -> Inner:
        return self.inner

def main():
    var o = Outer()
    print(o.get().v)
# ERROR: 14:20 E0313 cannot be implicitly copied
# MOJO: value of type 'Inner' cannot be implicitly copied, it does not conform to 'ImplicitlyCopyable'
# VERIFIED-WITH: mojo 1.2.0
