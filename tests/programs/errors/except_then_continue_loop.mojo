# VERIFIED-WITH: mojo 1.2.0
def main():
    var i = 0
    while i < 4:
        try:
            if i % 2 == 1:
                raise Error("odd " + String(i))
            print("even", i)
        except e:
            print(e)
        i += 1
