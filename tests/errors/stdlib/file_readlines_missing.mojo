def main() raises:
    with open("/tmp/mojoc_stdlib_readlines.txt", "w") as f:
        f.write("a\nb\n")
    with open("/tmp/mojoc_stdlib_readlines.txt", "r") as f:
        print(f.readlines())
# ERROR: 5:16 E0305 'FileHandle' value has no attribute 'readlines'
# MOJO: 5:16: 'FileHandle' value has no attribute 'readlines'
# VERIFIED-WITH: mojo 1.2.0
