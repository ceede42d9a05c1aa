# VERIFIED-WITH: mojo 0.25.6
alias N = 5
alias NAME = "alias"
alias K: Int = N * 3
alias RATE = 0.25

fn main():
    print(N, NAME, K, RATE)
    var total = 0
    for i in range(N):
        total += i * K
    print(total)
    alias LOCAL = 7
    print(LOCAL + N)
