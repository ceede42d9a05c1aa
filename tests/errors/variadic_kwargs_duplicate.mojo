def show(var **opts: Int) raises:
    for item in opts.items():
        print(item.key, item.value)

def main() raises:
    show(a=1, a=2)
# ERROR: 6:15 E0505 argument 'a' was
# MOJO: keyword argument 'a' was already used; remove the duplicate
# VERIFIED-WITH: mojo 1.2.0
