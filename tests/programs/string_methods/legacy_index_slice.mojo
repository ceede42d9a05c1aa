# Legacy strings: len(s), positional s[i] (negative too), slicing with steps.
# ERA: legacy
# VERIFIED-WITH: mojo 0.25.6
fn main():
    var s = String("hello world")
    print(len(s))
    print(s[0], s[4], s[-1])
    print(s[1:4], s[6:], s[:5])
    print(s[::2])
    print(s[-5:])
