# rotate_left[n] requires -size <= n < size; rotating an 8-lane vector by 8 fails when the call is instantiated.
def main():
    var v = SIMD[DType.int32, 8](0, 1, 2, 3, 4, 5, 6, 7)
    print(v.rotate_left[8]())
# ERROR: 2:5 E0702 function instantiation failed
# MOJO: 2:5: function instantiation failed
# MOJO-NOTE: 4:27: call expansion failed with parameter value(s): (..., "length": 8, "shift": 8)
# MOJO-NOTE: constraint failed: Constraint: -length <= shift < length
# VERIFIED-WITH: mojo 1.2.0
