# ERA: legacy
def main():
    for i in range(3):
        if i == 1:
            w = i * 10
    print(w)
# ERROR: 6:11 E0307 use of uninitialized value 'w'
# VERIFIED-WITH: mojo 0.25.6 (same error, reported at 6:10)
