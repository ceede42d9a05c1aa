# {var s^} moves a value into the closure; {var^} moves all used values and the closure can be copied.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var data = String("payload")

    def take() {var data^} -> String:
        return "got " + data

    print(take())
    print(take())

    var label = String("sensor-1")
    var id = 7

    def tag() {var^} -> String:
        return label + "#" + String(id)

    var also = tag
    print(tag())
    print(also())
