# atof and Float64(String) parse decimal and exponent notation; bad input raises with a message.
# VERIFIED-WITH: mojo 1.2.0
def main() raises:
    print(atof("2.5"), Float64("1.25"), atof("-0.5"))
    print(atof("1e3"), atof("  3.75  "), atof(".5"))
    try:
        _ = atof("abc")
    except e:
        print(e)
