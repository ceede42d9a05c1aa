# splitlines() splits on \n and \r\n and drops a trailing newline.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var s = String("one\ntwo\r\nthree\n")
    var lines = s.splitlines()
    print(len(lines))
    for l in lines:
        print("<" + String(l) + ">")
    print(len(String("").splitlines()))
    print(len(String("a\n\nb").splitlines()))
