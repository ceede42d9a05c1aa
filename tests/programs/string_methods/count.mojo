# count(sub) counts non-overlapping occurrences.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var s = String("banana")
    print(s.count("a"), s.count("an"), s.count("na"), s.count("x"))
    print(String("aaaa").count("aa"))
    print(String("a,b,,c").count(","))
