def main():
    print("bad \q escape")
# ERROR: 2:16 E0103 invalid escape sequence
# VERIFIED-WITH: mojo 1.2.0
