def main():
    var s = 'abc
    print(s)
# ERROR: 2:13 E0102 unterminated string literal
# VERIFIED-WITH: mojo 1.2.0
