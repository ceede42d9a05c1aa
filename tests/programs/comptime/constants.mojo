# VERIFIED-WITH: mojo 1.2.0
comptime N = 10
comptime GREETING = "hi"
comptime PI = 3.14159
comptime DEBUG = False

def main():
    print(N, GREETING, PI, DEBUG)
    var total = 0
    for i in range(N):
        total += i
    print(total)
    if not DEBUG:
        print("release")
