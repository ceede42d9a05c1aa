def call_it(f: def() escaping -> Int) -> Int:
    return f()

def seven() -> Int:
    return 7

def main():
    print(call_it(seven))
# ERROR: 1:22 E0206 'escaping' function effect is no longer supported
# MOJO: the 'escaping' function effect is no longer supported
# VERIFIED-WITH: mojo 1.2.0
