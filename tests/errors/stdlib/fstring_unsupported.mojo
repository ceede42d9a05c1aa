def main():
    var name = "Bob"
    print(f"hi {name}")
# ERROR: 3:12 E0201 expected ')'
# MOJO: 3:12: expected ')' in call argument list
# VERIFIED-WITH: mojo 1.2.0
