def count[*values: Int]() -> Int:
    return len(values)

def main():
    print(count[1, "two", 3]())
# ERROR: 5:20 E0401 has 'Int' type, but value has type 'StringLiteral["two"]'
# MOJO: invalid call to 'count': 'count' parameter 'values' has 'Int' type, but value has type 'StringLiteral["two"]'
# VERIFIED-WITH: mojo 1.2.0
