def f[**params: Int]():
    pass

def main():
    f[a=1]()
# ERROR: 1:9 E0901 variadic keyword parameters not supported yet
# MOJO: variadic keyword parameters not supported yet
# VERIFIED-WITH: mojo 1.2.0
