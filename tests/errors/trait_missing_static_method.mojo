trait Named:
    @staticmethod
    def kind() -> String: ...

@fieldwise_init
struct Apple(Named):
    var w: Int

def main():
    var a = Apple(1)
    print(a.w)
# ERROR: 6:8 E0316 does not implement all requirements for 'Named'
# MOJO: 'Apple' does not implement all requirements for 'Named'
# VERIFIED-WITH: mojo 1.2.0
