# VERIFIED-WITH: mojo 1.2.0
def shout(msg: String) -> String:
    return msg + "!!!"

def longest(a: String, b: String) -> String:
    if a.byte_length() >= b.byte_length():
        return a
    return b

def main():
    print(shout("hey"))
    print(longest("short", "longer one"))
    print(longest("same", "size"))
    var name = "mojo"
    print(shout(name))
