import nosuchmodule

def main():
    pass
# ERROR: 1:8 E0303 unable to locate module
# VERIFIED-WITH: mojo 1.2.0
