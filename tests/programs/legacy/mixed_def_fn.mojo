# VERIFIED-WITH: mojo 0.25.6
alias LIMIT = 3

def helper(x: Int) -> Int:
    return x * 2

fn main() raises:
    for i in range(LIMIT):
        print(helper(i))
