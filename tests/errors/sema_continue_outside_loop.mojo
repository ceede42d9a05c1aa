def main():
    continue
# ERROR: 2:5 E0602 'continue' outside a loop
# VERIFIED-WITH: mojo 1.2.0
