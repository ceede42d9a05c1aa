def main():
    print(alpha)
    var x = 1
    print(beta + x)
# ERROR: 2:11 E0301 use of unknown declaration
# ERROR: 4:11 E0301 use of unknown declaration
# VERIFIED-WITH: mojo 1.2.0
