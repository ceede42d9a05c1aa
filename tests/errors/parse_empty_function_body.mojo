def f():

def main():
    f()
# ERROR: 1:9 E0204 expected an indented block
# VERIFIED-WITH: mojo 1.2.0
