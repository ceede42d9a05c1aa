def main():
    if True:
    print(1)
# ERROR: 2:13 E0204 expected an indented block
# VERIFIED-WITH: mojo 1.2.0
