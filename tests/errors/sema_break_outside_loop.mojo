def main():
    var x = 1
    if x > 0:
        break
# ERROR: 4:9 E0601 'break' outside a loop
# VERIFIED-WITH: mojo 1.2.0
