# VERIFIED-WITH: mojo 1.2.0
def main():
    var last = -1
    for i in range(4):
        last = i
    print(last)
    var count = 0
    for i in range(100):
        if i * i > 50:
            break
        count += 1
    print(count)
