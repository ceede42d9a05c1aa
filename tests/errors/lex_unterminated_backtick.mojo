def main():
    var `weird = 1
    print(1)
# ERROR: 2:9 E0111 unterminated backtick identifier
# VERIFIED-WITH: mojo 1.2.0
