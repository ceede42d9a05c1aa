def helper() -> Int:
    return 1
# ERROR: 1:1 E0308 program has no 'main' function
# VERIFIED-WITH: mojo 1.2.0
