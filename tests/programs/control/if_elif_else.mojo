# VERIFIED-WITH: mojo 1.2.0
def grade(score: Int) -> String:
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"

def main():
    print(grade(95), grade(85), grade(75), grade(10), grade(90), grade(80))
    var x = 0
    if x:
        print("x truthy")
    else:
        print("x falsy")
    if not x:
        print("not x")
