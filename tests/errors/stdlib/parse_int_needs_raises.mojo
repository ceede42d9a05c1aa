def main():
    var n = Int("12")
    print(n)
# ERROR: 2:16 E0507 cannot call function that may raise in a context that cannot raise
# MOJO: 2:16: cannot call function that may raise in a context that cannot raise
# MOJO-NOTE: 2:16: try surrounding the call in a 'try' block
# VERIFIED-WITH: mojo 1.2.0
