def scaled(*values: Int, factor: Int) -> Int:
    var s = 0
    for v in values:
        s += v * factor
    return s

def main():
    print(scaled(1, 2, 3))
# ERROR: 8:17 E0506 missing required argument: 'factor'
# MOJO: invalid call to 'scaled': missing required argument: 'factor'
# VERIFIED-WITH: mojo 1.2.0
