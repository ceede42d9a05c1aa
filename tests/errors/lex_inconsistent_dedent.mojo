def main():
    var x = 1
    if x > 0:
        print(x)
      print("bad")
# ERROR: 5:7 E0105 unindent does not match any outer indentation level
# VERIFIED-WITH: mojo 1.2.0
