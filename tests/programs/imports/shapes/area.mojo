# MODULE
def square(side: Float64) -> Float64:
    return side * side

def rect(w: Float64, h: Float64) -> Float64:
    return w * h
