# A type parameter that appears in no argument cannot be inferred at the call.
def make_default[T: Defaultable & Writable]():
    var x = T()
    print(x)

def main():
    make_default()
# ERROR: 7:5 E0509 failed to infer parameter 'T'
# MOJO: invalid call to 'make_default': failed to infer parameter 'T'
# VERIFIED-WITH: mojo 1.2.0
