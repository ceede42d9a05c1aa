def main():
    print((1 + 2)

def other():
    pass
# ERROR: 2:10 E0107 was never closed
# VERIFIED-WITH: mojo 1.2.0
