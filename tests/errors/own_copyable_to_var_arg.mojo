@fieldwise_init
struct Box(Copyable):
    var v: Int

def consume(var b: Box) -> Int:
    return b.v

def main():
    var a = Box(1)
    print(consume(a))
    print(a.v)
# ERROR: 10:19 E0313 cannot be implicitly copied
# MOJO: value of type 'Box' cannot be implicitly copied, it does not conform to 'ImplicitlyCopyable'
# VERIFIED-WITH: mojo 1.2.0
