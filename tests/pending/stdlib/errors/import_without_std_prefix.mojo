from math import sqrt

def main():
    print(sqrt(4.0))
# ERROR: 1:6 E???? unable to locate module 'math'
# MOJO: 1:6: unable to locate module 'math'
# VERIFIED-WITH: mojo 1.2.0
