# replace(old, new) substitutes every occurrence and returns a new string.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var s = String("one two one two")
    print(s.replace("one", "1"))
    print(s.replace("two", ""))
    print(s.replace("zzz", "y"))
    print(s)
    print(String("aaa").replace("a", "bb"))
    print(String("a.b.c").replace(".", "::"))
