def main():
    var s = String("a")
    print(-s)
# ERROR: 3:11 E0404 invalid operand type for unary operator
# VERIFIED-WITH: mojo 1.2.0
