# VERIFIED-WITH: mojo 1.2.0
# Real Mojo accepts an out-of-range integer literal for a fixed-width type
# and silently wraps it (no compile error).
def main():
    var a: Int8 = 300
    var b: UInt8 = 256
    var c: UInt8 = -1
    var d: Int16 = 40000
    print(a, b, c, d)
