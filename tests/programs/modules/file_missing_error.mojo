# Opening a missing file for reading raises "Failed to open file '<path>': No such file or directory".
# VERIFIED-WITH: mojo 1.2.0
def main():
    try:
        var f = open("/tmp/mojoc_stdlib_no_such_dir/missing.txt", "r")
        print("opened?")
        f.close()
    except e:
        print(e)
