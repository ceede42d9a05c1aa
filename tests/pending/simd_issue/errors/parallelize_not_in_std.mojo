# Mojo 1.2's std.algorithm has no parallelize (it moved out of the standard library).
from std.algorithm import parallelize

def main():
    print("unreachable")
# ERROR: 2:27 E0304 package 'algorithm' does not contain 'parallelize'
# MOJO: 2:27: package 'algorithm' does not contain 'parallelize'
# VERIFIED-WITH: mojo 1.2.0
