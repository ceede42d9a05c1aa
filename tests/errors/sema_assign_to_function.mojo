def f():
    pass

def main():
    f = 3
# ERROR: 5:5 E0310 cannot assign to this declaration
# VERIFIED-WITH: mojo 1.2.0
