# VERIFIED-WITH: mojo 1.2.0
def main():
    var i = 42
    var s = String(i)
    print(s + "!", s.byte_length())
    print(String(-7) + String(3))
    print(String(2.5), String(True), String(1e16))
    var u: UInt8 = 255
    print(String(u) + "u8")
    print("n=" + String(0.1))
