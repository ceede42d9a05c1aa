@fieldwise_init
struct Meters:
    var v: Float64

@fieldwise_init
struct Seconds:
    var v: Float64

def speed(d: Meters, t: Seconds) -> Float64:
    return d.v / t.v

def main():
    var d = Meters(10.0)
    var t = Seconds(2.0)
    print(speed(t, d))
# ERROR: 15:17 E0401 cannot be converted from 'Seconds' to 'Meters'
# MOJO: invalid call to 'speed': value passed to 'd' cannot be converted from 'Seconds' to 'Meters'
# VERIFIED-WITH: mojo 1.2.0
