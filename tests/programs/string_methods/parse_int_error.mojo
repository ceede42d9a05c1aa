# Int(String) on a malformed number raises an Error whose text names the base and the input.
# VERIFIED-WITH: mojo 1.2.0
def main():
    try:
        var n = Int("12x")
        print("parsed", n)
    except e:
        print(e)
    try:
        var m = atol("")
        print("parsed", m)
    except e:
        print(e)
