def show(**opts: Int) raises:
    for item in opts.items():
        print(item.key, item.value)

def main() raises:
    show(a=1)
# ERROR: 1:10 E0206 variadic keyword arguments only support the 'var' convention
# MOJO: variadic keyword arguments only support the 'var' convention; add 'var' before '**'
# VERIFIED-WITH: mojo 1.2.0
