def main():
    var x = 1
    1 = x
# ERROR: 3:5 E0205 cannot assign
# VERIFIED-WITH: mojo 1.2.0
