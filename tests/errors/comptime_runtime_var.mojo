# A comptime value cannot be initialized from a runtime variable.
def main():
    var x = 3
    comptime y = x + 1
    print(y)
# ERROR: 4:18 E0701 cannot use a dynamic value in comptime initializer
# MOJO: cannot use a dynamic value in comptime initializer
# VERIFIED-WITH: mojo 1.2.0
