# VERIFIED-WITH: mojo 1.2.0
# a leading comment
def main():  # trailing comment
    # inside comment
    var a = 1; var b = 2
    print(a + b)  # prints 3
    """A docstring-like
    string statement."""
    print("end")
