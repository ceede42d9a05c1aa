trait Scaler:
    def scale(self, k: Float64) -> Float64: ...

@fieldwise_init
struct Len(Scaler):
    var v: Float64

    def scale(self) -> Float64:
        return self.v * 2.0

def main():
    var l = Len(2.0)
    print(l.scale())
# ERROR: 5:8 E0316 does not implement all requirements for 'Scaler'
# MOJO: 'Len' does not implement all requirements for 'Scaler'
# VERIFIED-WITH: mojo 1.2.0
