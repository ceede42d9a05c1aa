# A shuffle mask index must name a lane of the input (0..2*size-1 counting the second operand).
def main():
    var v = SIMD[DType.int32, 4](10, 20, 30, 40)
    print(v.shuffle[0, 1, 2, 9]())
# ERROR: 2:5 E0702 function instantiation failed
# MOJO: 2:5: function instantiation failed
# MOJO-NOTE: 4:32: call expansion failed
# MOJO-NOTE: constraint failed: invalid index in the shuffle operation
# VERIFIED-WITH: mojo 1.2.0
