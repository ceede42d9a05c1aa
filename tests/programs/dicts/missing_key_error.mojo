# Subscripting a missing key raises; the error prints as DictKeyError[K]().
# VERIFIED-WITH: mojo 1.2.0
def main():
    var d: Dict[String, Int] = {"a": 1}
    try:
        print(d["zz"])
    except e:
        print("error:", e)
    var di: Dict[Int, Int] = {1: 1}
    try:
        print(di[2])
    except e:
        print("error:", e)
