# split() with no separator splits on runs of whitespace and drops leading/trailing whitespace.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var s = String("  alpha   beta\tgamma\n delta  ")
    var words = s.split()
    print(len(words))
    for w in words:
        print("<" + String(w) + ">")
    print(len(String("   ").split()))
    print(len(String("").split()))
