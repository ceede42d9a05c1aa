# VERIFIED-WITH: mojo 1.2.0
# Mojo's Float32 digits are not always the nearest shortest ones (its
# Dragonbox port takes a parity from the Float64 table); mojoc matches them.
def main():
    var a: Float64 = 458.3169629423159
    var b: Float64 = -557.8363530847032
    print(Float32(a), Float32(b))
    var x = Float32(16.0)
    var y = Float32(2.539887046878098)
    print(x + y, Float32(-9.57601053065157) - Float32(-2.7934113021999307))
    print(Float32(159978.84574526898) + Float32(3.89241139999719))
    print(Float32(4.517993534848996) % Float32(-4.0))
    var acc = Float32(0)
    for i in range(1, 30):
        acc += Float32(1) / Float32(i)
        print(acc, end=" ")
    print()
