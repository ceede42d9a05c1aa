# An infer-only parameter (left of `//`) cannot be passed explicitly: the first bracket value binds the first ordinary parameter.
def show_scalar[dt: DType, //, v: Scalar[dt]]():
    print(dt, v)

def main():
    show_scalar[DType.float32, Float32(1.5)]()
# ERROR: 6:39 E0501 unexpected parameter
# MOJO: invalid call to 'show_scalar': unexpected parameter
# VERIFIED-WITH: mojo 1.2.0
