def main():
    print("hello)
# ERROR: 2:11 E0102 unterminated string literal
# VERIFIED-WITH: mojo 1.2.0
