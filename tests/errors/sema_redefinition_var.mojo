def main():
    var x = 1
    var x = 2
    print(x)
# ERROR: 3:9 E0302 invalid redefinition
# VERIFIED-WITH: mojo 1.2.0
