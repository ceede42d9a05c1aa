# The taken branch of `comptime if` is checked: a `comptime assert False` there fires for that instantiation.
def checked_div[d: Int](x: Int) -> Int:
    comptime if d == 0:
        comptime assert False, "division by zero parameter"
    else:
        return x // d

def main():
    print(checked_div[2](9))
    print(checked_div[0](9))
# ERROR: 8:5 E0702 constraint failed: division by zero parameter
# MOJO: function instantiation failed
# MOJO-NOTE: constraint failed: division by zero parameter
# VERIFIED-WITH: mojo 1.2.0
