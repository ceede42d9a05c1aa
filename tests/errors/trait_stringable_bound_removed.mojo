def f[T: Stringable](x: T) -> String:
    return String(x)

def main():
    print(f(1))
# ERROR: 1:10 E0301 use of unknown declaration 'Stringable'
# MOJO: use of unknown declaration 'Stringable'
# VERIFIED-WITH: mojo 1.2.0
