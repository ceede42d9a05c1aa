# VERIFIED-WITH: mojo 1.2.0
def repeat(s: String, n: Int) -> String:
    var out = String("")
    for _ in range(n):
        out += s
    return out

def main():
    for i in range(1, 5):
        print(repeat("*", i))
    var line = String("")
    for i in range(3):
        if i > 0:
            line += ", "
        line += "item" + String(i)
    print(line)
