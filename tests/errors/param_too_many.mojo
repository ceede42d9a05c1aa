# Passing more parameters than the function declares is rejected.
def times[n: Int](x: Int) -> Int:
    return x * n

def main():
    print(times[2, 3](5))
# ERROR: 6:20 E0501 unexpected parameter
# MOJO: invalid call to 'times': unexpected parameter
# VERIFIED-WITH: mojo 1.2.0
