# Mixed capture lists: each entry has its own convention; one bare convention sets the default.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var config = String("prod")
    var count = 0
    var label = String("run-1")

    def process() {imm config, mut count, var label}:
        count += 1
        print(config, count, label)

    process()
    label = "run-2"
    config = "test"
    process()
    print(count, label)

    var a = 1
    var b = 2
    var z = String("snapshot")

    def mixed() {mut, var z}:
        a += 10
        b += 20
        print(a, b, z)

    mixed()
    z = "changed"
    mixed()
    print(a, b, z)
