# Homogeneous `*names: String`: joining, counting, indexing string variadic arguments.
# VERIFIED-WITH: mojo 1.2.0
def join(sep: String, *parts: String) -> String:
    var out = String("")
    for i in range(len(parts)):
        if i > 0:
            out = out + sep
        out = out + parts[i]
    return out

def greet(*names: String):
    for name in names:
        print("hello,", name)
    print(len(names), "greeted")

def main():
    print(join(", ", "a", "b", "c"))
    print(join("-", "solo"))
    print("[" + join("+") + "]")
    greet("Ada", "Grace")
    greet()
