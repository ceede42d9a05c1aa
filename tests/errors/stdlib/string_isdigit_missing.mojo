def main():
    var s = String("123")
    print(s.isdigit())
# ERROR: 3:12 E0305 'String' value has no attribute 'isdigit'
# MOJO: 3:12: 'String' value has no attribute 'isdigit'
# VERIFIED-WITH: mojo 1.2.0
