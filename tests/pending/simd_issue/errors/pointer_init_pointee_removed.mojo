# Mojo 1.2 pointers have no init_pointee_copy; the 1.2 spelling is p.unsafe_write(copy=x).
from std.memory.alloc import unsafe_alloc

def main():
    var p = unsafe_alloc[Int](1)
    p.init_pointee_copy(5)
    print(p[unsafe_offset=0])
    p.unsafe_free()
# ERROR: 6:6 E0305 value has no attribute 'init_pointee_copy'
# MOJO: 6:6: 'Pointer[Int, MutUntrackedOrigin]' value has no attribute 'init_pointee_copy'
# VERIFIED-WITH: mojo 1.2.0
