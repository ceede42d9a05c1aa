def main():
    var x = 1
    print(x + y)
# ERROR: 3:15 E0301 use of unknown declaration
# VERIFIED-WITH: mojo 1.2.0
