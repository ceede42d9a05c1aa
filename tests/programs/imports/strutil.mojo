# MODULE
def bracket(s: String) -> String:
    return "[" + s + "]"

def repeat(s: String, n: Int = 2) -> String:
    var out = String("")
    for _ in range(n):
        out += s
    return out
