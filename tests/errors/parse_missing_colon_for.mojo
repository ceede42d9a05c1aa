def main():
    for i in range(3)
        print(i)
# ERROR: 2:22 E0201 expected
# VERIFIED-WITH: mojo 1.2.0
