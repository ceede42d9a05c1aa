def main():
    var d: Dict[String, Int] = {"a": 1}
    print(d.get(1, 0))
# ERROR: 3:12 E???? no matching method in call to 'get'
# MOJO: 3:12: no matching method in call to 'get'
# VERIFIED-WITH: mojo 1.2.0
