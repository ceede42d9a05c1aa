# VERIFIED-WITH: mojo 1.2.0
def main():
    var i = 0
    var found = False
    while i < 5 and not found:
        var j = 0
        while j < 5:
            if i * j == 6:
                found = True
                break
            j += 1
        if not found:
            i += 1
    print(i, found)
