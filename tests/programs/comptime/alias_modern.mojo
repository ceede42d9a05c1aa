# VERIFIED-WITH: mojo 1.2.0
comptime WIDTH = 4
comptime HEIGHT = WIDTH + 1

def main():
    for r in range(HEIGHT):
        var line = String("")
        for c in range(WIDTH):
            if (r + c) % 2 == 0:
                line += "#"
            else:
                line += "."
        print(line)
