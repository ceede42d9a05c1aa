# Legacy strings: looping over range(len(s)) with s[i], and over codepoint_slices().
# ERA: legacy
# VERIFIED-WITH: mojo 0.25.6
fn main():
    var t = String("abc")
    for i in range(len(t)):
        print(i, t[i])
    var joined = String()
    for c in t.codepoint_slices():
        joined += String(c) + "."
    print(joined)
    for c in t.codepoints():
        print(c.to_u32(), end=" ")
    print()
