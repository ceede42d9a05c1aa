# Variant.set[T](x) switches the active type; replace[New, Old](x) returns the old value; unwrap[T]() consumes.
# VERIFIED-WITH: mojo 1.2.0
from std.utils import Variant

def main():
    var v: Variant[Int, String] = 3
    v.set[String]("abc")
    print(v, v.isa[String]())
    var old = v.replace[Int, String](7)
    print(old, v, v.isa[Int]())
    var w: Variant[Int, String] = String("own")
    var s = w^.unwrap[String]()
    print(s)
