def main():
    var x = 1 + \ 2
    print(x)
# ERROR: 2:17 E0110 unexpected character after line continuation
# VERIFIED-WITH: mojo 1.2.0
