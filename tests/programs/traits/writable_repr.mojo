# Writable in Mojo 1.2 also drives repr(): write_repr_to is the debug form.
# (Stringable/Representable no longer exist in 1.2.)
@fieldwise_init
struct Money(Writable):
    var cents: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("$", self.cents // 100, ".", self.cents % 100)

    def write_repr_to(self, mut writer: Some[Writer]):
        writer.write("Money(cents=", self.cents, ")")

def main():
    var m = Money(1250)
    print(m)
    print(repr(m))
    print(String(m) + " / " + repr(m))
    print(repr(7), repr("seven"), repr(True), repr(2.5))
# VERIFIED-WITH: mojo 1.2.0
