def main():
    var f = lambda (x: Int): x * 2
    print(f(3))
# ERROR: 2:32 E0605 cannot implicitly convert 'Int' value to 'None'
# MOJO: cannot implicitly convert 'Int' value to 'None' in return value
# VERIFIED-WITH: mojo 1.2.0
