@fieldwise_init
struct Box(Copyable):
    var v: Int

def main():
    var a = Box(1)
    var b = a
    print(a.v, b.v)
# ERROR: 7:13 E0313 cannot be implicitly copied
# MOJO: value of type 'Box' cannot be implicitly copied, it does not conform to 'ImplicitlyCopyable'
# VERIFIED-WITH: mojo 1.2.0
