# A call whose parameter value violates the function's `where` clause is rejected.
def positive_only[n: Int]() -> Int where n > 0:
    return n * 10

def main():
    print(positive_only[3]())
    print(positive_only[0]())
# ERROR: 7:11 E0703 violated constraint
# MOJO: invalid call to 'positive_only': violated constraint
# VERIFIED-WITH: mojo 1.2.0
