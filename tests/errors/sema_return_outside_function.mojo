return 1

def main():
    pass
# ERROR: 1:1 E0603 'return' outside a function
# VERIFIED-WITH: mojo 1.2.0
