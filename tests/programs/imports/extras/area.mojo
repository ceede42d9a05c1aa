# MODULE
# No __init__.mojo here: a plain folder of modules.
def square(side: Int) -> Int:
    return side * side
