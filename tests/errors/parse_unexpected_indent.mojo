def main():
    var x = 1
        print(x)
# ERROR: 3:9 E0203 unexpected indent
# VERIFIED-WITH: mojo 1.2.0
