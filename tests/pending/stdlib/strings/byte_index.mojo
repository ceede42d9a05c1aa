# s[byte=i] and s[byte=a:b] index and slice by UTF-8 byte offset; open-ended slices work.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var s = String("hello")
    print(s[byte=0], s[byte=4])
    print(s[byte=1:3])
    print(s[byte=1:], s[byte=:2])
    var i = 2
    print(s[byte=i])
