from nosuchmodule import thing

def main():
    pass
# ERROR: 1:6 E0303 unable to locate module
# VERIFIED-WITH: mojo 1.2.0
