def main():
    print(Int(Float64(3.9)))
    print(Int(3.9))
# ERROR: 3:11 E0406 cannot construct 'Int' from a float literal
# VERIFIED-WITH: mojo 1.2.0 (it rejects Int(3.9); its note points into the stdlib)
