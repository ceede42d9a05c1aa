def main():
    comptime K = 3
    comptime K = 4
    print(K)
# ERROR: 3:14 E0302 invalid redefinition of 'K'
# VERIFIED-WITH: mojo 1.2.0 (it reports the same error at 3:5, the 'comptime' keyword)
