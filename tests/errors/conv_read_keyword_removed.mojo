def show(read x: Int):
    print(x)

def main():
    show(1)
# ERROR: 1:10 E0399 'read' was removed
# MOJO: 'read' was removed; use 'imm'
# VERIFIED-WITH: mojo 1.2.0
