def main():
    var o: Optional[Int] = "text"
    print(o)
# ERROR: 2:28 E0401 value to 'Optional[Int]'
# MOJO: 2:28: cannot implicitly convert 'StringLiteral["text"]' value to 'Optional[Int]'
# VERIFIED-WITH: mojo 1.2.0
