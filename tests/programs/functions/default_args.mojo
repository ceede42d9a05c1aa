# VERIFIED-WITH: mojo 1.2.0
def greet(name: String, greeting: String = "Hello", times: Int = 1):
    for _ in range(times):
        print(greeting + ", " + name)

def scale(x: Float64, factor: Float64 = 2.0) -> Float64:
    return x * factor

def main():
    greet("Ann")
    greet("Bob", "Hi")
    greet("Cy", "Yo", 2)
    print(scale(3.0), scale(3.0, 0.5))
