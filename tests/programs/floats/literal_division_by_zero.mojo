# VERIFIED-WITH: mojo 1.2.0
# Mojo folds a division of literals by zero to nan, whatever the signs;
# at run time Float64 division by zero gives +-inf as IEEE says.
def main():
    print(1.0 / 0.0, -1.0 / 0.0, 0.0 / 0.0, 5 / 0, -5 / 0)
    print(1.0 // 0.0, 1.0 % 0.0)
    var zero: Float64 = 0.0
    print(1.0 / zero, -1.0 / zero, 0.0 / zero)
    print(5 // 0, 5 % 0)
