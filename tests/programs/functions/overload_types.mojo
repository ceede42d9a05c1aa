# VERIFIED-WITH: mojo 1.2.0
def describe(x: Int) -> String:
    return "Int"

def describe(x: Float64) -> String:
    return "Float64"

def describe(x: Bool) -> String:
    return "Bool"

def describe(x: String) -> String:
    return "String"

def main():
    var i = 3
    var f = 2.5
    var b = True
    var s = String("hi")
    print(describe(i), describe(f), describe(b), describe(s))
