# VERIFIED-WITH: mojo 1.2.0
from mathutil import safe_div

def main():
    try:
        print(safe_div(10, 3))
        print(safe_div(1, 0))
    except e:
        print("error:", e)
