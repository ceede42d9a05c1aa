def main():
    var x = 1
    print(x.no_such_field)
# ERROR: 3:12 E0305 value has no such attribute
# VERIFIED-WITH: mojo 1.2.0
