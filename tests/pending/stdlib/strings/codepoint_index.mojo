# s[codepoint=i] and s[codepoint=a:b] index by Unicode code point, unlike byte offsets.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var s = String("héllo")
    print(s[codepoint=1], s[codepoint=2])
    print(s[codepoint=1:3])
    print(s[byte=0:3])
