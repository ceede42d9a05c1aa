def main():
    var a = InlineArray[Int, 3](fill=0)
    print(a[0])
# ERROR: 2:13 E???? use of unknown declaration 'InlineArray'
# MOJO: 2:13: use of unknown declaration 'InlineArray'
# VERIFIED-WITH: mojo 1.2.0
