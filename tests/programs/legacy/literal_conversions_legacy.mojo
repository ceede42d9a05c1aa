# VERIFIED-WITH: mojo 0.25.6
# ERA: legacy
# Before 26.2: Int(3.9) truncates, 2 ** 0.5 is a Float64 power, and an
# integer literal divided by zero is a run-time Float64 division (+-inf).
def main():
    print(Int(3.9), Int(-3.9))
    print(2 ** 0.5)
    print(1.0 / 0.0, -5 / 0, 5 / 0, 0 / 0)
