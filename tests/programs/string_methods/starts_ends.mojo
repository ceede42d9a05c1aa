# startswith/endswith test a prefix or suffix.
# VERIFIED-WITH: mojo 1.2.0
def main():
    var f = String("report.txt")
    print(f.startswith("rep"), f.startswith("txt"))
    print(f.endswith(".txt"), f.endswith(".csv"))
    print(f.startswith(""), f.endswith(""))
    print(f.startswith("report.txt.bak"))
