# is_ascii_digit, isupper, islower and is_ascii_whitespace on whole strings.
# VERIFIED-WITH: mojo 1.2.0
def main():
    print(String("12345").is_ascii_digit(), String("12a").is_ascii_digit(), String("").is_ascii_digit())
    print(String("ABC").isupper(), String("AbC").isupper(), String("A1").isupper())
    print(String("abc").islower(), String("abC").islower())
    print(String(" \t\n").is_ascii_whitespace(), String(" x ").is_ascii_whitespace())
