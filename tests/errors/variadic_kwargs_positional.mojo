def show(var **opts: Int) raises:
    for item in opts.items():
        print(item.key, item.value)

def main() raises:
    show(1, b=2)
# ERROR: 6:10 E0501 unexpected argument
# MOJO: invalid call to 'show': unexpected argument
# VERIFIED-WITH: mojo 1.2.0
