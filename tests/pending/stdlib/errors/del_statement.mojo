def main():
    var d: Dict[String, Int] = {"a": 1, "b": 2}
    del d["a"]
    print(d)
# ERROR: 3:5 E???? unexpected token in expression
# MOJO: 3:5: unexpected token in expression
# VERIFIED-WITH: mojo 1.2.0
