def main():
    var i = 0
    while i < 3
        i += 1
# ERROR: 3:16 E0201 expected
# VERIFIED-WITH: mojo 1.2.0
