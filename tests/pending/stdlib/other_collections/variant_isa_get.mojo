# Variant[Int, String]: isa[T]() tests the active type, v[T] reads it, print shows the value.
# VERIFIED-WITH: mojo 1.2.0
from std.utils import Variant

def describe(v: Variant[Int, String]) -> String:
    if v.isa[Int]():
        return "int " + String(v[Int])
    return "str " + v[String]

def main():
    var v: Variant[Int, String] = 3
    print(v.isa[Int](), v.isa[String]())
    print(describe(v))
    print(v)
    v = String("hi")
    print(v.isa[String](), describe(v))
