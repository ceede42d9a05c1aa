# VERIFIED-WITH: mojo 1.2.0
def main():
    try:
        raise Error("plain message")
    except e:
        print(e)
        var s = String(e)
        print("as string: " + s)
    var err = Error("constructed")
    print(err)
