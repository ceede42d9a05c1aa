def main():
    var x = 1
	print(x)
# ERROR: 3:2 E0106 inconsistent use of tabs and spaces in indentation
# VERIFIED-WITH: mojo 1.2.0
