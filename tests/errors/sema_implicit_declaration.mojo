def main():
    var c = True
    if c:
        y = 5
    else:
        y = 6
    print(y)
    s = "hi"
    print(s)
# ERROR: 4:9 E0311 implicit declaration of 'y' is not allowed
# ERROR: 8:5 E0311 implicit declaration of 's' is not allowed
# VERIFIED-WITH: mojo 1.2.0 (same errors; like mojoc it reports a name once)
