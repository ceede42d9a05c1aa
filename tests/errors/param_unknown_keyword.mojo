# A keyword parameter name that the function does not declare is rejected.
def times[n: Int = 2](x: Int) -> Int:
    return x * n

def main():
    print(times[m=3](5))
# ERROR: 6:19 E0502 unexpected keyword parameter 'm'
# MOJO: invalid call to 'times': unexpected keyword parameter 'm'
# VERIFIED-WITH: mojo 1.2.0
